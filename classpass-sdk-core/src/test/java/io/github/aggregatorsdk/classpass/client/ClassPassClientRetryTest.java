package io.github.aggregatorsdk.classpass.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.github.aggregatorsdk.classpass.client.TestClients.read;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import feign.FeignException;
import io.github.aggregatorsdk.classpass.model.UpdateEvent;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Which failures are retried, how often, and how long the client waits in between. */
class ClassPassClientRetryTest {

  private static final String PATH = "/v1/inventory/updates";
  private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");
  private static final RetrySettings FOUR_ATTEMPTS =
      new RetrySettings(4, Duration.ofMillis(100), Duration.ofSeconds(30));

  @RegisterExtension static WireMockExtension classPass = TestClients.wireMock();

  private final RecordingSleeper sleeper = new RecordingSleeper();
  private UpdateEvent event;

  @BeforeEach
  void setUp() {
    event = read("reservation-update-event.json", UpdateEvent.class);
  }

  @Test
  void connectionResetIsRetriedUntilClassPassAnswers() {
    answerInTurn(
        aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER), aResponse().withStatus(200));

    client(FOUR_ATTEMPTS).pushUpdate(event);

    classPass.verify(2, postRequestedFor(urlEqualTo(PATH)));
    assertThat(sleeper.sleeps()).singleElement().satisfies(d -> assertBetween(d, 50, 100));
  }

  @Test
  void emptyResponseIsRetriedUntilClassPassAnswers() {
    answerInTurn(aResponse().withFault(Fault.EMPTY_RESPONSE), aResponse().withStatus(200));

    client(FOUR_ATTEMPTS).pushUpdate(event);

    classPass.verify(2, postRequestedFor(urlEqualTo(PATH)));
    assertThat(sleeper.sleeps()).hasSize(1);
  }

  @Test
  void answerSlowerThanTheReadTimeoutIsRetried() {
    answerInTurn(aResponse().withStatus(200).withFixedDelay(1_000), aResponse().withStatus(200));

    client(FOUR_ATTEMPTS, Duration.ofMillis(200)).pushUpdate(event);

    classPass.verify(2, postRequestedFor(urlEqualTo(PATH)));
    assertThat(sleeper.sleeps()).hasSize(1);
  }

  @Test
  void readTimeoutOnEveryAttemptEndsInAConnectionException() {
    answer(aResponse().withStatus(200).withFixedDelay(1_000));

    ClassPassConnectionException e =
        catchThrowableOfType(
            ClassPassConnectionException.class,
            () ->
                client(
                        new RetrySettings(2, Duration.ofMillis(10), Duration.ofMillis(10)),
                        Duration.ofMillis(200))
                    .pushUpdate(event));

    assertThat(e).hasMessageStartingWith("No answer from ClassPass to POST /v1/inventory/updates");
    assertThat(e.getMessage()).doesNotContain(TestClients.TOKEN);
    assertThat(e).hasRootCauseInstanceOf(HttpTimeoutException.class);
    assertThat(e.getCause()).isNotInstanceOf(FeignException.class);
    classPass.verify(2, postRequestedFor(urlEqualTo(PATH)));
  }

  @Test
  void serviceUnavailableThenOkSucceedsOnTheSecondAttempt() {
    answerInTurn(aResponse().withStatus(503), aResponse().withStatus(200));

    client(FOUR_ATTEMPTS).pushUpdate(event);

    classPass.verify(2, postRequestedFor(urlEqualTo(PATH)));
    assertThat(sleeper.sleeps()).hasSize(1);
  }

  @Test
  void badGatewayAndGatewayTimeoutAreRetried() {
    answerInTurn(
        aResponse().withStatus(502), aResponse().withStatus(504), aResponse().withStatus(200));

    client(FOUR_ATTEMPTS).pushUpdate(event);

    classPass.verify(3, postRequestedFor(urlEqualTo(PATH)));
  }

  @Test
  void rateLimitWaitsTheRetryAfterSeconds() {
    answerInTurn(
        aResponse().withStatus(429).withHeader("Retry-After", "7"), aResponse().withStatus(200));

    client(FOUR_ATTEMPTS).pushUpdate(event);

    classPass.verify(2, postRequestedFor(urlEqualTo(PATH)));
    assertThat(sleeper.sleeps()).containsExactly(Duration.ofSeconds(7));
  }

  @Test
  void rateLimitWaitsUntilTheRetryAfterDateByTheInjectedClock() {
    String in12Seconds =
        DateTimeFormatter.RFC_1123_DATE_TIME.format(NOW.plusSeconds(12).atOffset(ZoneOffset.UTC));
    answerInTurn(
        aResponse().withStatus(429).withHeader("Retry-After", in12Seconds),
        aResponse().withStatus(200));

    client(FOUR_ATTEMPTS).pushUpdate(event);

    classPass.verify(2, postRequestedFor(urlEqualTo(PATH)));
    assertThat(sleeper.sleeps()).containsExactly(Duration.ofSeconds(12));
  }

  @Test
  void serviceUnavailableWithRetryAfterWaitsThatLong() {
    answerInTurn(
        aResponse().withStatus(503).withHeader("Retry-After", "3"), aResponse().withStatus(200));

    client(FOUR_ATTEMPTS).pushUpdate(event);

    assertThat(sleeper.sleeps()).containsExactly(Duration.ofSeconds(3));
  }

  @Test
  void rateLimitAskingLongerThanMaxBackoffIsThrownAtOnceWithTheFullWait() {
    answer(aResponse().withStatus(429).withHeader("Retry-After", "120"));

    long start = System.nanoTime();
    ClassPassRateLimitException e =
        catchThrowableOfType(
            ClassPassRateLimitException.class, () -> client(FOUR_ATTEMPTS).pushUpdate(event));

    assertThat(e.retryAfter()).hasValue(Duration.ofSeconds(120));
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
    classPass.verify(1, postRequestedFor(urlEqualTo(PATH)));
    assertThat(sleeper.sleeps()).isEmpty();
  }

  @Test
  void serviceUnavailableAskingLongerThanMaxBackoffIsThrownAtOnceWithTheFullWait() {
    answer(aResponse().withStatus(503).withHeader("Retry-After", "120"));

    ClassPassApiException e =
        catchThrowableOfType(
            ClassPassApiException.class, () -> client(FOUR_ATTEMPTS).pushUpdate(event));

    assertThat(e.statusCode()).isEqualTo(503);
    assertThat(e.retryAfter()).hasValue(Duration.ofSeconds(120));
    classPass.verify(1, postRequestedFor(urlEqualTo(PATH)));
    assertThat(sleeper.sleeps()).isEmpty();
  }

  @Test
  void retryAfterBeyondWhatIsLeftOfTheTotalTimeoutIsThrownAtOnce() {
    answer(aResponse().withStatus(429).withHeader("Retry-After", "10"));
    ClassPassClient client =
        TestClients.builder(classPass, sleeper)
            .retry(FOUR_ATTEMPTS)
            .totalTimeout(Duration.ofSeconds(5))
            .build();

    ClassPassRateLimitException e =
        catchThrowableOfType(ClassPassRateLimitException.class, () -> client.pushUpdate(event));

    assertThat(e.retryAfter()).hasValue(Duration.ofSeconds(10));
    classPass.verify(1, postRequestedFor(urlEqualTo(PATH)));
    assertThat(sleeper.sleeps()).isEmpty();
  }

  @Test
  void internalServerErrorIsRetriedLikeEvery5xx() {
    answerInTurn(aResponse().withStatus(500), aResponse().withStatus(200));

    client(FOUR_ATTEMPTS).pushUpdate(event);

    classPass.verify(2, postRequestedFor(urlEqualTo(PATH)));
  }

  @Test
  void requestTimeoutIsRetried() {
    answerInTurn(aResponse().withStatus(408), aResponse().withStatus(200));

    client(FOUR_ATTEMPTS).pushUpdate(event);

    classPass.verify(2, postRequestedFor(urlEqualTo(PATH)));
  }

  @Test
  void rateLimitOnEveryAttemptThrowsTheLastRateLimitException() {
    answer(aResponse().withStatus(429).withHeader("Retry-After", "1"));

    ClassPassRateLimitException e =
        catchThrowableOfType(
            ClassPassRateLimitException.class, () -> client(FOUR_ATTEMPTS).pushUpdate(event));

    assertThat(e.retryAfter()).hasValue(Duration.ofSeconds(1));
    classPass.verify(4, postRequestedFor(urlEqualTo(PATH)));
    assertThat(sleeper.sleeps())
        .containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(1), Duration.ofSeconds(1));
  }

  @Test
  void exhaustedAttemptsThrowTheLastExceptionAfterGrowingWaits() {
    answerInTurn(
        aResponse().withStatus(503),
        aResponse().withStatus(502),
        aResponse().withStatus(504),
        aResponse().withStatus(503).withBody("{\"error\":{\"code\":5030,\"name\":\"LAST\"}}"));

    ClassPassApiException e =
        catchThrowableOfType(
            ClassPassApiException.class, () -> client(FOUR_ATTEMPTS).pushUpdate(event));

    assertThat(e.statusCode()).isEqualTo(503);
    assertThat(e.errorName()).hasValue("LAST");
    classPass.verify(4, postRequestedFor(urlEqualTo(PATH)));
    List<Duration> sleeps = sleeper.sleeps();
    assertThat(sleeps).hasSize(3);
    assertBetween(sleeps.get(0), 50, 100);
    assertBetween(sleeps.get(1), 100, 200);
    assertBetween(sleeps.get(2), 200, 400);
  }

  @Test
  void badRequestIsAttemptedOnce() {
    answer(aResponse().withStatus(400).withBody(TestClients.golden("error.json")));

    ClassPassApiException e =
        catchThrowableOfType(
            ClassPassApiException.class, () -> client(FOUR_ATTEMPTS).pushUpdate(event));

    assertThat(e.statusCode()).isEqualTo(400);
    classPass.verify(1, postRequestedFor(urlEqualTo(PATH)));
    assertThat(sleeper.sleeps()).isEmpty();
  }

  @Test
  void unauthorizedIsAttemptedOnce() {
    answer(aResponse().withStatus(401));

    catchThrowableOfType(
        ClassPassAuthenticationException.class, () -> client(FOUR_ATTEMPTS).pushUpdate(event));

    classPass.verify(1, postRequestedFor(urlEqualTo(PATH)));
  }

  @Test
  void interruptWhileWaitingStopsRetryingAndKeepsTheInterruptFlag() {
    answer(aResponse().withStatus(503));
    ClassPassClient client =
        TestClients.builder(
                classPass,
                duration -> {
                  throw new InterruptedException();
                })
            .retry(FOUR_ATTEMPTS)
            .build();

    ClassPassException e =
        catchThrowableOfType(ClassPassException.class, () -> client.pushUpdate(event));

    assertThat(Thread.interrupted()).isTrue();
    assertThat(e).hasMessageContaining("Interrupted");
    assertThat(e.getSuppressed()).singleElement().isInstanceOf(ClassPassApiException.class);
    classPass.verify(1, postRequestedFor(urlEqualTo(PATH)));
  }

  private ClassPassClient client(RetrySettings retry) {
    return client(retry, Duration.ofSeconds(5));
  }

  private ClassPassClient client(RetrySettings retry, Duration readTimeout) {
    return TestClients.builder(classPass, sleeper)
        .retry(retry)
        .readTimeout(readTimeout)
        .clock(Clock.fixed(NOW, ZoneOffset.UTC))
        .build();
  }

  private void answer(ResponseDefinitionBuilder response) {
    classPass.stubFor(post(urlEqualTo(PATH)).willReturn(response));
  }

  /** Answers each request with the next response; the last one repeats. */
  private void answerInTurn(ResponseDefinitionBuilder... responses) {
    for (int i = 0; i < responses.length; i++) {
      String state = i == 0 ? Scenario.STARTED : "attempt " + (i + 1);
      var stub =
          post(urlEqualTo(PATH))
              .inScenario("retry")
              .whenScenarioStateIs(state)
              .willReturn(responses[i]);
      if (i + 1 < responses.length) {
        stub.willSetStateTo("attempt " + (i + 2));
      }
      classPass.stubFor(stub);
    }
  }

  private static void assertBetween(Duration actual, long fromMillis, long toMillis) {
    assertThat(actual).isBetween(Duration.ofMillis(fromMillis), Duration.ofMillis(toMillis));
  }
}
