package io.github.aggregatorsdk.classpass.client;

import static org.assertj.core.api.Assertions.assertThat;

import feign.Request;
import feign.Response;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FailureClassTest {

  @ParameterizedTest
  @CsvSource({
    "408, TRANSIENT",
    "500, TRANSIENT",
    "502, TRANSIENT",
    "503, TRANSIENT",
    "504, TRANSIENT",
    "429, RATE_LIMITED",
    "401, AUTHENTICATION",
    "403, AUTHENTICATION",
    "400, REJECTED",
    "404, REJECTED",
    "409, REJECTED",
    "422, REJECTED"
  })
  void statusIsClassified(int status, FailureClass expected) {
    Response response =
        Response.builder()
            .status(status)
            .headers(Map.of())
            .request(
                Request.create(
                    Request.HttpMethod.POST, "/", Map.of(), null, StandardCharsets.UTF_8, null))
            .body(new byte[0])
            .build();
    ClassPassException failure =
        (ClassPassException)
            new ErrorResponseDecoder(TestClients.MAPPER, Clock.systemUTC()).decode("key", response);

    assertThat(FailureClass.of(failure)).isEqualTo(expected);
  }

  @Test
  void noAnswerIsTransient() {
    assertThat(FailureClass.of(new ClassPassConnectionException("reset", null)))
        .isEqualTo(FailureClass.TRANSIENT);
  }

  @Test
  void onlyTransientAndRateLimitedAreRetryable() {
    assertThat(FailureClass.TRANSIENT.isRetryable()).isTrue();
    assertThat(FailureClass.RATE_LIMITED.isRetryable()).isTrue();
    assertThat(FailureClass.AUTHENTICATION.isRetryable()).isFalse();
    assertThat(FailureClass.REJECTED.isRetryable()).isFalse();
  }
}
