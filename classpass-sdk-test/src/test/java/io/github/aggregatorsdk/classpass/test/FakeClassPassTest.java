package io.github.aggregatorsdk.classpass.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.aggregatorsdk.classpass.client.ClassPassApiException;
import io.github.aggregatorsdk.classpass.client.ClassPassAuthenticationException;
import io.github.aggregatorsdk.classpass.client.ClassPassClient;
import io.github.aggregatorsdk.classpass.client.RetrySettings;
import io.github.aggregatorsdk.classpass.model.ReservationStatus;
import io.github.aggregatorsdk.classpass.model.ReservationUpdate;
import io.github.aggregatorsdk.classpass.model.Schedule;
import io.github.aggregatorsdk.classpass.model.UpdateEvent;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The fake ClassPass, driven through the SDK's own client. */
class FakeClassPassTest {

  private static final OffsetDateTime T0 = OffsetDateTime.of(2026, 12, 1, 9, 0, 0, 0,
      ZoneOffset.UTC);

  @RegisterExtension
  final FakeClassPassExtension extension = new FakeClassPassExtension();

  @Test
  void keepsTheNewestVersionOfAScheduleWhateverTheOrderOfArrival() {
    FakeClassPass fake = extension.fake();
    ClassPassClient client = client(fake);

    client.pushUpdate(UpdateEvent.of(schedule("s-1", 5, T0.plusMinutes(2))));
    client.pushUpdate(UpdateEvent.of(schedule("s-1", 9, T0.plusMinutes(1))));

    assertThat(fake.schedule("s-1")).map(Schedule::availableSpots).contains(5);
    assertThat(fake.calls()).hasSize(2).allMatch(RecordedCall::accepted);
    assertThat(fake.calls().get(1).events()).singleElement()
        .extracting(event -> ((Schedule) event.payload()).availableSpots()).isEqualTo(9);
  }

  @Test
  void keepsTheNewestStatusOfAReservationAcrossABatch() {
    FakeClassPass fake = extension.fake();

    client(fake).pushUpdates(List.of(
        UpdateEvent.of(reservation("r-1", ReservationStatus.ENROLLED, T0.plusMinutes(1))),
        UpdateEvent.of(reservation("r-1", ReservationStatus.ATTENDED, T0.plusMinutes(3))),
        UpdateEvent.of(reservation("r-1", ReservationStatus.CANCELLED, T0.plusMinutes(2)))));

    assertThat(fake.reservation("r-1")).map(ReservationUpdate::status)
        .contains(ReservationStatus.ATTENDED);
  }

  @Test
  void failsTheNextCallsAsToldAndAppliesNothingFromThem() {
    FakeClassPass fake = extension.fake();
    fake.failNext(1, 500);

    assertThatThrownBy(() -> client(fake).pushUpdate(UpdateEvent.of(schedule("s-1", 1, T0))))
        .isInstanceOfSatisfying(ClassPassApiException.class,
            e -> assertThat(e.statusCode()).isEqualTo(500));
    assertThat(fake.schedule("s-1")).isEmpty();

    client(fake).pushUpdate(UpdateEvent.of(schedule("s-1", 1, T0)));
    assertThat(fake.schedule("s-1")).isPresent();
    assertThat(fake.calls()).extracting(RecordedCall::status).containsExactly(500, 200);
  }

  @Test
  void keepsOnlyTheNewestCallsWhenToldButEveryLatestState() {
    FakeClassPass fake = extension.fake().keepCalls(2);

    client(fake).pushUpdate(UpdateEvent.of(schedule("s-1", 1, T0)));
    client(fake).pushUpdate(UpdateEvent.of(schedule("s-2", 2, T0)));
    client(fake).pushUpdate(UpdateEvent.of(schedule("s-3", 3, T0)));

    assertThat(fake.calls()).hasSize(2);
    assertThat(fake.schedules()).hasSize(3);
  }

  @Test
  void answersRetryAfterWithTheHeaderAndAnErrorBody() throws Exception {
    FakeClassPass fake = extension.fake();
    fake.retryAfter(429, Duration.ofSeconds(1));

    HttpResponse<String> answer = post(fake, "/v1/inventory/partners",
        "Token " + fake.token(), "{}");

    assertThat(answer.statusCode()).isEqualTo(429);
    assertThat(answer.headers().firstValue("Retry-After")).contains("1");
    assertThat(new ObjectMapper().readTree(answer.body()).at("/error/code").asInt()).isEqualTo(429);
  }

  @Test
  void anOutageLastsUntilClearedAndSlowAnswersAreSlow() throws Exception {
    FakeClassPass fake = extension.fake();
    fake.outage(503);
    for (int i = 0; i < 3; i++) {
      assertThat(post(fake, "/v1/inventory/updates", "Token " + fake.token(), "{}").statusCode())
          .isEqualTo(503);
    }
    fake.clearFaults();
    fake.slowAnswers(Duration.ofMillis(300));

    long started = System.nanoTime();
    client(fake).pushUpdate(UpdateEvent.of(schedule("s-1", 1, T0)));

    assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThan(Duration.ofMillis(290));
    assertThat(fake.schedule("s-1")).isPresent();
  }

  @Test
  void refusesCallsWithoutTheTokenAndRecordsThem() {
    FakeClassPass fake = extension.fake();
    ClassPassClient wrong = ClassPassClient.builder().baseUrl(fake.baseUrl())
        .accessToken("another-token").retry(RetrySettings.disabled()).build();

    assertThatThrownBy(() -> wrong.pushUpdate(UpdateEvent.of(schedule("s-1", 1, T0))))
        .isInstanceOf(ClassPassAuthenticationException.class);
    assertThat(fake.calls()).singleElement().extracting(RecordedCall::status).isEqualTo(401);
    assertThat(fake.calls().get(0).authorization()).isEqualTo("Token another-token");
  }

  @Test
  void answers404ForSchedulesOfAnUnregisteredVenueWhenAsked() throws Exception {
    FakeClassPass fake = extension.fake();
    fake.rejectSchedulesOfUnknownVenues(true);

    assertThatThrownBy(() -> client(fake).pushUpdate(UpdateEvent.of(schedule("s-1", 1, T0))))
        .isInstanceOfSatisfying(ClassPassApiException.class,
            e -> assertThat(e.statusCode()).isEqualTo(404));
    post(fake, "/v1/inventory/venues", "Token " + fake.token(),
        "{\"venue\": {\"partner_id\": \"p-1\", \"venue_id\": \"v-1\", \"venue_name\": \"V\","
            + " \"last_updated\": \"2026-12-01T09:00:00+00:00\"}}");
    client(fake).pushUpdate(UpdateEvent.of(schedule("s-1", 1, T0)));

    assertThat(fake.venues()).extracting(v -> v.venueId()).containsExactly("v-1");
    assertThat(fake.schedule("s-1")).isPresent();
  }

  @Test
  void awaitsAScheduleReachingItsSpotsAndNamesTheLastStateWhenItDoesNot() {
    FakeClassPass fake = extension.fake();
    ClassPassClient client = client(fake);
    CompletableFuture.runAsync(() -> {
      sleep(200);
      client.pushUpdate(UpdateEvent.of(schedule("s-1", 3, T0)));
    });

    assertThat(fake.awaitAvailableSpots("s-1", 3, Duration.ofSeconds(5)).availableSpots())
        .isEqualTo(3);
    assertThatThrownBy(() -> fake.awaitCancelled("s-1", Duration.ofMillis(100)))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("schedule s-1 did not reach the expected state")
        .hasMessageContaining("available_spots=3");
  }

  @Test
  void resetForgetsCallsStateAndFaults() {
    FakeClassPass fake = extension.fake();
    fake.outage(503);
    fake.reset();

    client(fake).pushUpdate(UpdateEvent.of(schedule("s-1", 1, T0)));
    fake.reset();

    assertThat(fake.calls()).isEmpty();
    assertThat(fake.schedules()).isEmpty();
  }

  @Test
  void theExtensionHandsTheFakeToParameters(FakeClassPass fake) {
    assertThat(fake).isSameAs(extension.fake());
    assertThat(fake.baseUrl().getHost()).isEqualTo("127.0.0.1");
  }

  private static ClassPassClient client(FakeClassPass fake) {
    return ClassPassClient.builder().baseUrl(fake.baseUrl()).accessToken(fake.token())
        .retry(RetrySettings.disabled()).build();
  }

  private static Schedule schedule(String id, int available, OffsetDateTime lastUpdated) {
    return new Schedule(id, "p-1", "v-1", T0.plusDays(1), T0.plusDays(1).plusHours(1), null,
        null, null, null, null, null, 10, available, false, null, null, null, null, null, false,
        lastUpdated);
  }

  private static ReservationUpdate reservation(
      String id, ReservationStatus status, OffsetDateTime lastUpdated) {
    return new ReservationUpdate("u-1", id, null, status, lastUpdated);
  }

  private static HttpResponse<String> post(FakeClassPass fake, String path, String authorization,
      String body) throws Exception {
    return HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(URI.create(fake.baseUrl() + path))
            .header("Authorization", authorization)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
