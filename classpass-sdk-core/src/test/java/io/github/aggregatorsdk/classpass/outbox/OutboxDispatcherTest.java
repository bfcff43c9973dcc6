package io.github.aggregatorsdk.classpass.outbox;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.github.aggregatorsdk.classpass.outbox.FakeClassPass.BATCH_UPDATES;
import static io.github.aggregatorsdk.classpass.sync.SyncStudio.golden;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.aggregatorsdk.classpass.booking.AvailabilityCalculator;
import io.github.aggregatorsdk.classpass.client.ClassPassAuthenticationException;
import io.github.aggregatorsdk.classpass.client.ClassPassException;
import io.github.aggregatorsdk.classpass.mapping.internal.ScheduleMapper;
import io.github.aggregatorsdk.classpass.model.ReservationUpdate;
import io.github.aggregatorsdk.classpass.model.Schedule;
import io.github.aggregatorsdk.classpass.spi.PageRequest;
import io.github.aggregatorsdk.classpass.sync.SyncStudio;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.h2.jdbcx.JdbcConnectionPool;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** One dispatcher, driven by hand, against ClassPass played by WireMock. */
class OutboxDispatcherTest {

  @RegisterExtension static WireMockExtension classPass = FakeClassPass.server();

  private static final String ERROR =
      "{\"error\":{\"code\":4001,\"name\":\"INVALID_SCHEDULE\",\"message\":\"bad\"}}";

  private final MutableClock clock = new MutableClock(Instant.parse("2026-03-09T12:00:00Z"));
  private final InMemoryOutboxStore outbox = new InMemoryOutboxStore(clock);
  private final List<DeadLetter> deadLetters = new CopyOnWriteArrayList<>();
  private final List<String> batches = new CopyOnWriteArrayList<>();
  private final DispatchListener recording = new DispatchListener() {
    @Override
    public void batchSent(int events) {
      batches.add("sent " + events);
    }

    @Override
    public void batchFailed(int events, ClassPassException failure) {
      batches.add("failed " + events + " " + failure.getClass().getSimpleName());
    }
  };

  private OutboxDispatcherBuilder dispatcher(int batchSize) {
    return OutboxDispatcher.builder()
        .store(outbox)
        .client(FakeClassPass.client(classPass, 100))
        .batchSize(batchSize)
        .clock(clock)
        .retryBackoff(Duration.ofSeconds(10), Duration.ofMinutes(1))
        .dispatchListener(recording)
        .deadLetterListener(deadLetters::add);
  }

  @Test
  void dueEventsLeaveAsOneBatchUpdatesRequestInTheContractsJson() throws Exception {
    answer(200, null);
    Schedule schedule = SyncStudio.JSON.treeToValue(
        golden("schedule-update-event.json").get("payload"), Schedule.class);
    ReservationUpdate reservation = SyncStudio.JSON.treeToValue(
        golden("reservation-update-event.json").get("payload"), ReservationUpdate.class);
    OutboxEvent first = TestEvents.schedule(schedule);
    OutboxEvent second = TestEvents.reservation(reservation);
    outbox.enqueue(first);
    clock.advance(Duration.ofMillis(1));
    outbox.enqueue(second);

    int claimed = dispatcher(100).build().dispatchOnce();

    assertThat(claimed).isEqualTo(2);
    List<JsonNode> bodies = FakeClassPass.batchBodies(classPass);
    assertThat(bodies).hasSize(1);
    JsonNode events = bodies.get(0).get("events");
    assertThat(events.get(0).get("id").asText()).isEqualTo(first.eventId());
    assertThat(events.get(1).get("id").asText()).isEqualTo(second.eventId());
    assertThat(withoutId(events.get(0))).isEqualTo(golden("schedule-update-event.json"));
    assertThat(withoutId(events.get(1))).isEqualTo(golden("reservation-update-event.json"));
    assertThat(outbox.counts().pending()).isZero();
    assertThat(batches).containsExactly("sent 2");
  }

  @Test
  void oneClaimIsAtMostOneBatchAndDrainSendsUntilNothingIsDue() {
    answer(200, null);
    for (int i = 0; i < 5; i++) {
      outbox.enqueue(scheduleEvent("s-" + i));
    }

    assertThat(dispatcher(2).build().drain()).isEqualTo(5);

    assertThat(FakeClassPass.batchBodies(classPass))
        .extracting(body -> body.get("events").size())
        .containsExactly(2, 2, 1);
    assertThat(outbox.counts().pending()).isZero();
  }

  @Test
  void refusedBatchIsResentEventByEventAndOnlyTheRefusedEventIsDeadLettered() {
    classPass.stubFor(post(urlEqualTo(BATCH_UPDATES)).atPriority(1)
        .withRequestBody(matchingJsonPath("$.events[?(@.payload.id == 's-bad')]"))
        .willReturn(aResponse().withStatus(400).withBody(ERROR)));
    answer(200, null);
    outbox.enqueue(scheduleEvent("s-1"));
    outbox.enqueue(scheduleEvent("s-bad"));
    outbox.enqueue(scheduleEvent("s-2"));

    dispatcher(10).build().dispatchOnce();

    assertThat(FakeClassPass.batchBodies(classPass))
        .extracting(body -> body.get("events").size())
        .containsExactly(3, 1, 1, 1);
    assertThat(deadLetters).singleElement().satisfies(deadLetter -> {
      assertThat(deadLetter.entry().key()).isEqualTo("schedule:s-bad");
      assertThat(deadLetter.reason()).isEqualTo("HTTP 400 INVALID_SCHEDULE (4001) from ClassPass");
    });
    assertThat(outbox.deadLetters(PageRequest.first(10)).items())
        .extracting(letter -> letter.entry().key())
        .containsExactly("schedule:s-bad");
    assertThat(outbox.counts().pending()).isZero();
    // Resent in claim order: same due time, so by key (s-1, s-2, s-bad).
    assertThat(batches).containsExactly("failed 3 ClassPassApiException", "sent 1", "sent 1",
        "failed 1 ClassPassApiException");
  }

  @Test
  void deadLettersOfTheJdbcOutboxAreReportedAndStayQueryableFromAnotherInstance() {
    answer(422, null);
    JdbcConnectionPool database = JdbcConnectionPool.create(
        "jdbc:h2:mem:dead-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
    try {
      JdbcOutboxStore store = new JdbcOutboxStore(database);
      store.createTablesIfMissing();
      OutboxEvent event = scheduleEvent("s-1");
      store.enqueue(event);

      dispatcher(10).store(store).build().dispatchOnce();

      assertThat(deadLetters).singleElement()
          .satisfies(letter -> assertThat(letter.entry().event()).isEqualTo(event));
      JdbcOutboxStore anotherInstance = new JdbcOutboxStore(database);
      assertThat(anotherInstance.counts().pending()).isZero();
      assertThat(anotherInstance.deadLetters(PageRequest.first(10)).items()).singleElement()
          .satisfies(letter -> {
            assertThat(letter.entry().event()).isEqualTo(event);
            assertThat(letter.reason()).isEqualTo("HTTP 422 from ClassPass");
          });
    } finally {
      database.dispose();
    }
  }

  @Test
  void failedEventIsRetriedAfterItsBackoffAndDeadLetteredAfterTheLastAttempt() {
    answer(500, null);
    outbox.enqueue(scheduleEvent("s-1"));
    OutboxDispatcher dispatcher = dispatcher(10).maxAttempts(2).build();

    dispatcher.dispatchOnce();
    assertThat(dispatcher.dispatchOnce()).as("not due during its backoff").isZero();
    clock.advance(Duration.ofSeconds(10));
    dispatcher.dispatchOnce();

    assertThat(FakeClassPass.batchBodies(classPass)).hasSize(2);
    assertThat(deadLetters).singleElement().satisfies(deadLetter -> {
      assertThat(deadLetter.reason()).isEqualTo("gave up after 2 attempts, last: HTTP 500 from"
          + " ClassPass");
      assertThat(deadLetter.entry().attempts()).isEqualTo(1);
    });
    assertThat(outbox.counts()).isEqualTo(new OutboxCounts(0, 1, null));
    assertThat(outbox.deadLetters(PageRequest.first(10)).items()).containsExactlyElementsOf(
        deadLetters);
  }

  @Test
  void failedEventOlderThanTheMaximumAgeIsDeadLettered() {
    answer(503, null);
    outbox.enqueue(scheduleEvent("s-1"));
    clock.advance(Duration.ofHours(2));

    dispatcher(10).maxAge(Duration.ofHours(1)).build().dispatchOnce();

    assertThat(deadLetters).singleElement()
        .extracting(DeadLetter::reason)
        .isEqualTo("older than PT1H after 1 attempts, last: HTTP 503 from ClassPass");
  }

  @Test
  void retryAfterFromClassPassSetsTheNextAttempt() {
    answer(503, "7");
    outbox.enqueue(scheduleEvent("s-1"));
    OutboxDispatcher dispatcher = dispatcher(10).build();

    dispatcher.dispatchOnce();
    clock.advance(Duration.ofSeconds(6));
    assertThat(dispatcher.dispatchOnce()).isZero();
    clock.advance(Duration.ofSeconds(1));
    assertThat(dispatcher.dispatchOnce()).isEqualTo(1);
  }

  @Test
  void rateLimitStopsTheDrainSoThatNothingElseIsSentDuringTheWait() {
    answer(429, "30");
    for (int i = 0; i < 3; i++) {
      outbox.enqueue(scheduleEvent("s-" + i));
    }

    assertThat(dispatcher(1).build().drain()).isEqualTo(1);
    assertThat(outbox.counts().pending()).isEqualTo(3);
  }

  @Test
  void aRateLimitStopsTheDrainAlsoWhileALongerPauseIsRunning() {
    for (int i = 0; i < 3; i++) {
      outbox.enqueue(scheduleEvent("s-" + i));
    }
    OutboxDispatcher dispatcher = dispatcher(1).build();
    answer(429, "50");
    assertThat(dispatcher.drain()).isEqualTo(1);

    answer(429, "5");

    assertThat(dispatcher.drain()).isEqualTo(1);
  }

  @Test
  void refusedTokenKeepsTheEventsWithoutCountingAnAttemptAndNeverDeadLettersThem() {
    answer(401, null);
    outbox.enqueue(scheduleEvent("s-1"));
    OutboxDispatcher dispatcher =
        dispatcher(10).maxAttempts(1).lease(Duration.ofMinutes(1)).build();

    for (int i = 0; i < 5; i++) {
      assertThat(dispatcher.dispatchOnce()).isEqualTo(1);
      assertThat(dispatcher.dispatchOnce()).as("held until its lease ends").isZero();
      clock.advance(Duration.ofMinutes(1));
    }

    assertThat(deadLetters).isEmpty();
    assertThat(outbox.claim("test", 10, Duration.ofMinutes(1)))
        .singleElement()
        .extracting(OutboxEntry::attempts)
        .isEqualTo(0);
    assertThat(batches).hasSize(5).allMatch(
        line -> line.equals("failed 1 " + ClassPassAuthenticationException.class.getSimpleName()));
  }

  @Test
  void unreadablePayloadIsDeadLetteredWithoutBeingSent() {
    outbox.enqueue(new OutboxEvent("e-1", OutboxEventType.SCHEDULE, "schedule:s-1",
        clock.instant(), "{not json"));

    dispatcher(10).build().dispatchOnce();

    assertThat(FakeClassPass.batchBodies(classPass)).isEmpty();
    assertThat(deadLetters).singleElement().extracting(DeadLetter::reason)
        .isEqualTo("unreadable SCHEDULE payload at line 1, column 2");
  }

  @Test
  void failingListenersDoNotStopDelivery() {
    answer(200, null);
    outbox.enqueue(scheduleEvent("s-1"));
    OutboxDispatcher dispatcher = dispatcher(10)
        .dispatchListener(new DispatchListener() {
          @Override
          public void batchSent(int events) {
            throw new IllegalStateException("metrics down");
          }
        })
        .build();

    dispatcher.dispatchOnce();

    assertThat(outbox.counts().pending()).isZero();
  }

  @Test
  void builderRejectsBadSettingsAndGivesEveryDispatcherItsOwnOwner() {
    assertThatThrownBy(() -> OutboxDispatcher.builder().batchSize(0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> OutboxDispatcher.builder().lease(Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> OutboxDispatcher.builder()
        .retryBackoff(Duration.ofSeconds(2), Duration.ofSeconds(1)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> OutboxDispatcher.builder().store(outbox).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("client");
    OutboxDispatcherBuilder builder = dispatcher(10);
    assertThat(builder.build().ownerId()).isNotEqualTo(builder.build().ownerId());
  }

  private static JsonNode withoutId(JsonNode event) {
    ObjectNode copy = event.deepCopy();
    copy.remove("id");
    return copy;
  }

  private void answer(int status, String retryAfter) {
    var response = aResponse().withStatus(status);
    if (retryAfter != null) {
      response.withHeader("Retry-After", retryAfter);
    }
    classPass.stubFor(post(urlEqualTo(BATCH_UPDATES)).atPriority(5).willReturn(response));
  }

  private OutboxEvent scheduleEvent(String sessionId) {
    return TestEvents.schedule(new ScheduleMapper(new AvailabilityCalculator(clock), clock)
        .toSchedule(SyncStudio.session(sessionId).build()));
  }
}
