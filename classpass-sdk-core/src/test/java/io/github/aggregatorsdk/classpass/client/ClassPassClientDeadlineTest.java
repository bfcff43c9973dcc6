package io.github.aggregatorsdk.classpass.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.github.aggregatorsdk.classpass.client.TestClients.read;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.aggregatorsdk.classpass.model.UpdateEvent;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Deadlines on the whole exchange: an answer whose headers come in time but whose body stalls or
 * trickles must not hold the caller beyond the attempt timeout, nor the call beyond its total.
 */
class ClassPassClientDeadlineTest {

  private static final String PATH = "/v1/inventory/updates";
  private static final String BODY = "{\"status\":\"accepted\",\"padding\":\"" + "x".repeat(200) + "\"}";

  @RegisterExtension static WireMockExtension classPass = TestClients.wireMock();

  private final RecordingSleeper sleeper = new RecordingSleeper();
  private final UpdateEvent event = read("schedule-update-event.json", UpdateEvent.class);

  @Test
  void bodyTricklingPastTheDefaultAttemptTimeoutFailsAsNoAnswer() {
    // Headers at once, then the body over 4 s: the default attempt timeout (connect + read) is 1 s.
    classPass.stubFor(
        post(urlEqualTo(PATH))
            .willReturn(aResponse().withStatus(200).withBody(BODY).withChunkedDribbleDelay(40, 4_000)));
    ClassPassClient client =
        TestClients.builder(classPass, sleeper)
            .connectTimeout(Duration.ofMillis(500))
            .readTimeout(Duration.ofMillis(500))
            .build();

    long start = System.nanoTime();
    ClassPassConnectionException e =
        catchThrowableOfType(ClassPassConnectionException.class, () -> client.pushUpdate(event));
    Duration took = Duration.ofNanos(System.nanoTime() - start);

    assertThat(e).isNotNull();
    assertThat(e).hasMessageStartingWith("No answer from ClassPass to POST /v1/inventory/updates");
    assertThat(e.getCause())
        .isInstanceOf(HttpTimeoutException.class)
        .hasMessage("the answer's body did not arrive within the attempt timeout");
    assertThat(took).isLessThan(Duration.ofMillis(2_500));
    classPass.verify(1, postRequestedFor(urlEqualTo(PATH)));
  }

  @Test
  void stalledBodyOnEveryAttemptEndsAtTheTotalTimeoutNotAfterAllAttempts() {
    classPass.stubFor(
        post(urlEqualTo(PATH))
            .willReturn(
                aResponse().withStatus(503).withBody(BODY).withChunkedDribbleDelay(40, 10_000)));
    ClassPassClient client =
        TestClients.builder(classPass, sleeper)
            .retry(new RetrySettings(5, Duration.ofMillis(10), Duration.ofMillis(10)))
            .attemptTimeout(Duration.ofMillis(600))
            .totalTimeout(Duration.ofMillis(1_500))
            .build();

    long start = System.nanoTime();
    ClassPassConnectionException e =
        catchThrowableOfType(ClassPassConnectionException.class, () -> client.pushUpdate(event));
    Duration took = Duration.ofNanos(System.nanoTime() - start);

    assertThat(e).isNotNull();
    // The last attempt, cut to what is left of the total, may run out before or after the headers.
    assertThat(e.getCause()).isInstanceOf(HttpTimeoutException.class);
    assertThat(took).isBetween(Duration.ofMillis(1_400), Duration.ofMillis(2_500));
    // 0.6 s, 0.6 s, then what is left of 1.5 s: the fourth and fifth attempts are never sent.
    assertThat(classPass.findAll(postRequestedFor(urlEqualTo(PATH)))).hasSizeBetween(2, 3);
  }

  @Test
  void slowBodyWithinTheAttemptTimeoutIsAnAnswer() {
    classPass.stubFor(
        post(urlEqualTo(PATH))
            .willReturn(aResponse().withStatus(200).withBody(BODY).withChunkedDribbleDelay(5, 300)));
    ClassPassClient client =
        TestClients.builder(classPass, sleeper).attemptTimeout(Duration.ofSeconds(3)).build();

    client.pushUpdate(event);

    classPass.verify(1, postRequestedFor(urlEqualTo(PATH)));
  }
}
