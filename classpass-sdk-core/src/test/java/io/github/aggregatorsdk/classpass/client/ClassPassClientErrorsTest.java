package io.github.aggregatorsdk.classpass.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.github.aggregatorsdk.classpass.client.TestClients.read;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.aggregatorsdk.classpass.model.Partner;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every error status maps to its documented exception, carrying what ClassPass said. */
class ClassPassClientErrorsTest {

  private static final String PATH = "/v1/inventory/partners";

  @RegisterExtension static WireMockExtension classPass = TestClients.wireMock();

  private ClassPassClient client;
  private Partner partner;

  @BeforeEach
  void setUp() {
    client = TestClients.builder(classPass, new RecordingSleeper()).build();
    partner = read("partner.json", Partner.class);
  }

  @ParameterizedTest(name = "HTTP {0} -> {1}")
  @CsvSource({
    "400, ClassPassApiException, 4001, RESERVATION_EXCEPTION",
    "401, ClassPassAuthenticationException, 1001, UNAUTHORIZED",
    "403, ClassPassAuthenticationException, 1003, FORBIDDEN",
    "404, ClassPassNotFoundException, 1004, NOT_FOUND",
    "409, ClassPassApiException, 4006, ALREADY_RESERVED_EXCEPTION",
    "422, ClassPassApiException, 4220, VALIDATION_ERROR",
    "429, ClassPassRateLimitException, 4290, RATE_LIMITED",
    "500, ClassPassApiException, 5000, INTERNAL_ERROR",
    "503, ClassPassApiException, 5030, UNAVAILABLE"
  })
  void errorStatusMapsToItsExceptionWithTheClassPassError(
      int status, String exceptionType, int code, String name) {
    answer(
        aResponse()
            .withStatus(status)
            .withHeader("Content-Type", "application/json")
            .withHeader("X-Request-Id", "req-" + status)
            .withBody(
                "{\"error\":{\"code\":"
                    + code
                    + ",\"name\":\""
                    + name
                    + "\",\"message\":\"It went wrong\"}}"));

    ClassPassApiException e = registerFails();

    assertThat(e.getClass().getSimpleName()).isEqualTo(exceptionType);
    assertThat(e.statusCode()).isEqualTo(status);
    assertThat(e.errorCode()).hasValue(code);
    assertThat(e.errorName()).hasValue(name);
    assertThat(e.errorMessage()).hasValue("It went wrong");
    assertThat(e.requestId()).hasValue("req-" + status);
    assertThat(e)
        .hasMessage(
            "ClassPass answered HTTP "
                + status
                + ": "
                + code
                + " "
                + name
                + ": It went wrong (request id req-"
                + status
                + ")");
    assertThat(e.getMessage()).doesNotContain(TestClients.TOKEN);
    classPass.verify(1, postRequestedFor(urlEqualTo(PATH)));
  }

  @Test
  void goldenErrorBodyIsReadIntoTheException() {
    answer(aResponse().withStatus(400).withBody(TestClients.golden("error.json")));

    ClassPassApiException e = registerFails();

    assertThat(e.errorCode()).hasValue(4003);
    assertThat(e.errorName()).hasValue("NO_CAPACITY_EXCEPTION");
    assertThat(e.requestId()).isEmpty();
  }

  @Test
  void nonJsonBodyGivesTheStatusAndTheStartOfTheBody() {
    answer(
        aResponse()
            .withStatus(502)
            .withHeader("Content-Type", "text/html")
            .withBody("<html><body>\n<h1>502 Bad Gateway</h1>\n</body></html>"));
    client = TestClients.builder(classPass, new RecordingSleeper()).build();

    ClassPassApiException e = registerFails();

    assertThat(e.statusCode()).isEqualTo(502);
    assertThat(e.errorCode()).isEmpty();
    assertThat(e.errorName()).isEmpty();
    assertThat(e.responseBody()).contains("<h1>502 Bad Gateway</h1>");
    assertThat(e)
        .hasMessage(
            "ClassPass answered HTTP 502 with a body that is not a ClassPass error: "
                + "<html><body> <h1>502 Bad Gateway</h1> </body></html>");
  }

  @Test
  void jsonOfAnotherShapeIsNotMistakenForAClassPassError() {
    answer(aResponse().withStatus(400).withBody("{\"message\":\"bad request\"}"));

    ClassPassApiException e = registerFails();

    assertThat(e.errorCode()).isEmpty();
    assertThat(e.errorMessage()).isEmpty();
    assertThat(e.responseBody()).isEqualTo("{\"message\":\"bad request\"}");
  }

  @Test
  void emptyBodyIsSaidToBeEmpty() {
    answer(aResponse().withStatus(401));

    ClassPassApiException e = registerFails();

    assertThat(e).isInstanceOf(ClassPassAuthenticationException.class);
    assertThat(e).hasMessage("ClassPass answered HTTP 401 with an empty body");
    assertThat(e.responseBody()).isEmpty();
  }

  @Test
  void longBodyIsCutTo2KiBAndItsMessageShorter() {
    String body = "x".repeat(10_000);
    answer(aResponse().withStatus(500).withBody(body));

    ClassPassApiException e = registerFails();

    assertThat(e.responseBody()).hasSize(2048);
    assertThat(e.getMessage()).hasSizeLessThan(300).endsWith("...");
  }

  @Test
  void rateLimitCarriesRetryAfter() {
    answer(aResponse().withStatus(429).withHeader("Retry-After", "42"));

    ClassPassApiException e = registerFails();

    assertThat(e).isInstanceOf(ClassPassRateLimitException.class);
    assertThat(e.retryAfter()).hasValue(Duration.ofSeconds(42));
  }

  @Test
  void requestIdIsFoundWhateverTheHeaderCase() {
    answer(aResponse().withStatus(400).withHeader("x-request-id", "lower-case-id"));

    assertThat(registerFails().requestId()).hasValue("lower-case-id");
  }

  private void answer(ResponseDefinitionBuilder response) {
    classPass.stubFor(post(urlEqualTo(PATH)).willReturn(response));
  }

  private ClassPassApiException registerFails() {
    return catchThrowableOfType(ClassPassApiException.class, () -> client.registerPartner(partner));
  }
}
