package io.github.aggregatorsdk.classpass.sync;

import io.github.aggregatorsdk.classpass.ClassPassIntegration;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.github.aggregatorsdk.classpass.outbox.FakeClassPass.BATCH_UPDATES;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.aggregatorsdk.classpass.booking.AvailabilityCalculator;
import io.github.aggregatorsdk.classpass.mapping.internal.ScheduleMapper;
import io.github.aggregatorsdk.classpass.outbox.DeadLetter;
import io.github.aggregatorsdk.classpass.outbox.DelegatingOutbox;
import io.github.aggregatorsdk.classpass.outbox.DispatcherSettings;
import io.github.aggregatorsdk.classpass.outbox.Eventually;
import io.github.aggregatorsdk.classpass.outbox.FakeClassPass;
import io.github.aggregatorsdk.classpass.outbox.InMemoryOutboxStore;
import io.github.aggregatorsdk.classpass.outbox.JdbcOutboxStore;
import io.github.aggregatorsdk.classpass.outbox.MutableClock;
import io.github.aggregatorsdk.classpass.outbox.OutboxDispatcher;
import io.github.aggregatorsdk.classpass.outbox.OutboxDispatcherBuilder;
import io.github.aggregatorsdk.classpass.outbox.OutboxEntry;
import io.github.aggregatorsdk.classpass.outbox.OutboxEvent;
import io.github.aggregatorsdk.classpass.outbox.OutboxStore;
import io.github.aggregatorsdk.classpass.spi.PageRequest;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.h2.jdbcx.JdbcConnectionPool;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The data path's guarantees of docs/reliability.md that live in the sync layer: each test
 * injects the failure deterministically (a transaction that dies before its commit, a lease held
 * by a dead owner, a skewed clock, a dead dispatcher thread) and checks what a studio would.
 */
class DataPathGuaranteesTest {

  @RegisterExtension static WireMockExtension classPass = FakeClassPass.server();

  private final MutableClock clock = new MutableClock(Instant.parse("2026-03-09T12:00:00Z"));
  private final SyncStudio host = new SyncStudio(clock);
  private final OutboxPayloads payloads = new OutboxPayloads();

  @Test
  void anUpdateQueuedInAJdbcTransactionCommitsAndRollsBackWithIt() throws Exception {
    JdbcConnectionPool database = JdbcConnectionPool.create(
        "jdbc:h2:mem:joined-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
    JdbcOutboxStore outbox = new JdbcOutboxStore(database);
    outbox.createTablesIfMissing();
    host.add("s-1");
    host.add("s-2");
    ScheduleSync sync = sync(outbox);

    try (Connection connection = database.getConnection()) {
      connection.setAutoCommit(false);
      try (JdbcOutboxStore.Joined joined = outbox.joinTransaction(connection)) {
        sync.sessionChanged("s-1");
        assertThat(outbox.counts().pending()).as("uncommitted: not visible").isZero();
        // The host's process dies before its commit: the change and its update go together.
        connection.rollback();
      }
      try (JdbcOutboxStore.Joined joined = outbox.joinTransaction(connection)) {
        sync.sessionChanged("s-2");
        connection.commit();
      }
    }

    assertThat(SyncStudio.take(outbox)).extracting(OutboxEntry::key)
        .containsExactly("schedule:s-2");
    database.dispose();
  }

  @Test
  void anUpdateQueuedInAJoinedTransactionLeavesAsSoonAsItIsCommitted() throws Exception {
    answer(200);
    JdbcConnectionPool database = JdbcConnectionPool.create(
        "jdbc:h2:mem:wake-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
    JdbcOutboxStore outbox = new JdbcOutboxStore(database);
    outbox.createTablesIfMissing();
    host.add("s-1");
    // A dispatch interval far longer than the test: only a wake-up after the commit delivers.
    try (ClassPassIntegration integration = host.integration(FakeClassPass.client(classPass, 100))
        .outbox(outbox).clock(clock).fullResyncInterval(Duration.ZERO).registerOnStartup(false)
        .dispatcher(dispatcher -> dispatcher.dispatchInterval(Duration.ofMinutes(5)))
        .build()) {
      integration.start();
      integration.dispatcher().drain();

      try (Connection connection = database.getConnection()) {
        connection.setAutoCommit(false);
        try (JdbcOutboxStore.Joined joined = outbox.joinTransaction(connection)) {
          integration.sync().sessionChanged("s-1");
          Thread.sleep(200); // a wake-up before the commit would find nothing to send
          connection.commit();
        }
      }

      Eventually.await(() -> !FakeClassPass.events(classPass).isEmpty());
    }
    database.dispose();
  }

  @Test
  void claimsOfADeadInstanceAreDeliveredByAnotherWithinAMinute() {
    answer(200);
    InMemoryOutboxStore outbox = new InMemoryOutboxStore(clock);
    outbox.enqueue(scheduleEvent("s-1"));
    OutboxDispatcherBuilder defaults = OutboxDispatcher.builder().store(outbox)
        .client(FakeClassPass.client(classPass, 100)).clock(clock);
    // An instance claims with its default lease, then dies before sending.
    assertThat(outbox.claim("dead-instance", 100, DispatcherSettings.lease(defaults))).hasSize(1);
    OutboxDispatcher survivor = defaults.build();
    assertThat(survivor.drain()).isZero();

    clock.advance(Duration.ofSeconds(59));

    assertThat(survivor.drain()).isEqualTo(1);
    assertThat(FakeClassPass.events(classPass)).hasSize(1);
    assertThat(outbox.counts().pending()).isZero();
  }

  @Test
  void versionsComeFromTheStoresSharedTimeNotTheInstancesClock() {
    clock.set(Instant.parse("2026-03-09T18:00:00Z"));
    Instant databaseTime = Instant.parse("2026-03-09T18:00:05Z");
    InMemoryOutboxStore memory = new InMemoryOutboxStore(clock);
    OutboxStore sharedClock = new DelegatingOutbox(memory) {
      @Override
      public Optional<Instant> sharedTime() {
        return Optional.of(databaseTime);
      }
    };
    host.add("s-1");
    // This instance's clock is ten minutes ahead of everyone else's.
    clock.advance(Duration.ofMinutes(10));

    sync(sharedClock).sessionChanged("s-1");

    OutboxEntry entry = SyncStudio.take(memory).get(0);
    assertThat(entry.event().lastUpdated()).isEqualTo(databaseTime);
    assertThat(SyncStudio.payload(entry).get("last_updated").asText())
        .startsWith("2026-03-09T19:00:05+01:00");
  }

  @Test
  void aDeadDispatcherThreadShowsAsNotRunningWithItsCause() throws Exception {
    InMemoryOutboxStore memory = new InMemoryOutboxStore(clock);
    OutboxStore dying = new DelegatingOutbox(memory) {
      @Override
      public List<OutboxEntry> claim(String owner, int max, Duration lease) {
        throw new StackOverflowError();
      }
    };
    OutboxDispatcher dispatcher = OutboxDispatcher.builder().store(dying)
        .client(FakeClassPass.client(classPass, 100)).clock(clock).build();

    dispatcher.start();
    for (int i = 0; i < 200 && dispatcher.isRunning(); i++) {
      Thread.sleep(10);
    }

    assertThat(dispatcher.isRunning()).isFalse();
    assertThat(dispatcher.failure()).contains("java.lang.StackOverflowError");
    dispatcher.stop();
    assertThat(dispatcher.failure()).isEmpty();
  }

  @Test
  void deadLettersOlderThanTheRetentionArePurged() throws Exception {
    InMemoryOutboxStore outbox = new InMemoryOutboxStore(clock);
    outbox.enqueue(scheduleEvent("s-old"));
    OutboxEntry old = outbox.claim("me", 1, Duration.ofMinutes(1)).get(0);
    outbox.deadLetter("me", old, "refused");
    clock.advance(Duration.ofDays(10));
    outbox.enqueue(scheduleEvent("s-new"));
    OutboxEntry recent = outbox.claim("me", 1, Duration.ofMinutes(1)).get(0);
    outbox.deadLetter("me", recent, "refused");
    clock.advance(Duration.ofDays(25));
    OutboxDispatcher dispatcher = OutboxDispatcher.builder().store(outbox)
        .client(FakeClassPass.client(classPass, 100)).clock(clock)
        .deadLetterRetention(Duration.ofDays(30)).build();

    dispatcher.start();
    for (int i = 0; i < 200 && outbox.counts().deadLetters() > 1; i++) {
      Thread.sleep(10);
    }
    dispatcher.stop();

    assertThat(outbox.deadLetters(PageRequest.first(10)).items())
        .extracting(letter -> letter.entry().key()).containsExactly("schedule:s-new");
  }

  @Test
  void aRequeuedDeadLetterSendsTheCurrentStateNotTheStoredOne() {
    InMemoryOutboxStore outbox = new InMemoryOutboxStore(clock);
    host.add("s-1", session -> session.capacity(10));
    ScheduleSync sync = sync(outbox);
    sync.sessionChanged("s-1");
    OutboxEntry stale = outbox.claim("me", 1, Duration.ofMinutes(1)).get(0);
    DeadLetter deadLetter = outbox.deadLetter("me", stale, "refused").orElseThrow();
    host.add("s-1", session -> session.capacity(25));
    clock.advance(Duration.ofMinutes(1));

    assertThat(sync.requeue(deadLetter)).isTrue();

    assertThat(outbox.counts().deadLetters()).isZero();
    OutboxEntry sent = SyncStudio.take(outbox).get(0);
    assertThat(SyncStudio.payload(sent).get("total_spots").asInt()).isEqualTo(25);
  }

  @Test
  void aScheduleForAVenueClassPassDoesNotKnowRegistersTheVenueAndIsRetried() {
    classPass.stubFor(post(urlEqualTo(BATCH_UPDATES)).willReturn(aResponse().withStatus(404)
        .withBody("{\"error\":{\"code\":404,\"name\":\"NOT_FOUND\",\"message\":\"venue\"}}")));
    classPass.stubFor(post(urlEqualTo("/v1/inventory/partners")).willReturn(aResponse()
        .withStatus(200)));
    classPass.stubFor(post(urlEqualTo("/v1/inventory/venues")).willReturn(aResponse()
        .withStatus(200)));
    InMemoryOutboxStore outbox = new InMemoryOutboxStore(clock);
    host.add("s-1");
    ScheduleSync[] sync = new ScheduleSync[1];
    OutboxDispatcher dispatcher = OutboxDispatcher.builder().store(outbox)
        .client(FakeClassPass.client(classPass, 100)).clock(clock)
        .onUnknownVenue((partner, venue) -> sync[0].venueChanged(partner, venue)).build();
    sync[0] = sync(outbox);
    sync[0].sessionChanged("s-1");

    dispatcher.drain();

    assertThat(outbox.counts().deadLetters()).isZero();
    assertThat(outbox.counts().pending()).isEqualTo(1);
    dispatcher.drain();
    classPass.verify(1, postRequestedFor(urlEqualTo("/v1/inventory/partners")));
    classPass.verify(1, postRequestedFor(urlEqualTo("/v1/inventory/venues")));
  }

  @Test
  void startRegistersEveryPartnerAndVenueThroughTheOutbox() {
    classPass.stubFor(post(urlEqualTo("/v1/inventory/partners")).willReturn(aResponse()
        .withStatus(503)));
    classPass.stubFor(post(urlEqualTo("/v1/inventory/venues")).willReturn(aResponse()
        .withStatus(200)));
    InMemoryOutboxStore outbox = new InMemoryOutboxStore(clock);
    ClassPassIntegration sync = host.integration(FakeClassPass.client(classPass, 100))
        .outbox(outbox).clock(clock).fullResyncInterval(Duration.ZERO)
        .build();

    sync.sync().registerAll();
    sync.dispatcher().drain();

    // ClassPass was down for the partner: it stays queued and is retried, never lost.
    assertThat(outbox.claim("reader", 10, Duration.ofMinutes(1)))
        .extracting(OutboxEntry::key).isEmpty();
    assertThat(outbox.counts().pending()).isEqualTo(1);
    classPass.verify(1, postRequestedFor(urlEqualTo("/v1/inventory/venues")));
    sync.close();
  }

  private ScheduleSync sync(OutboxStore outbox) {
    return ScheduleSync.builder()
        .sessions(host.studio.sessions())
        .bookings(host.studio.bookings())
        .partners(host.studio.partners())
        .outbox(outbox)
        .clock(clock)
        .build();
  }

  private void answer(int status) {
    classPass.stubFor(post(urlEqualTo(BATCH_UPDATES)).willReturn(aResponse().withStatus(status)));
  }

  private OutboxEvent scheduleEvent(String sessionId) {
    return payloads.schedule(new ScheduleMapper(new AvailabilityCalculator(clock), clock)
        .toSchedule(SyncStudio.session(sessionId).build()));
  }
}
