package io.github.aggregatorsdk.classpass.outbox;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.github.aggregatorsdk.classpass.outbox.Eventually.await;
import static io.github.aggregatorsdk.classpass.outbox.FakeClassPass.BATCH_UPDATES;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.aggregatorsdk.classpass.booking.AvailabilityCalculator;
import io.github.aggregatorsdk.classpass.mapping.internal.ScheduleMapper;
import io.github.aggregatorsdk.classpass.sync.SyncStudio;
import java.time.Clock;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;
import org.h2.jdbcx.JdbcConnectionPool;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A new dispatcher on the same JDBC outbox (embedded H2) picks up where the last one stopped. */
class DispatcherRestartTest {

  private static final int EVENTS = 300;

  @RegisterExtension static WireMockExtension classPass = FakeClassPass.server();

  private final Clock clock = Clock.systemUTC();
  private final JdbcConnectionPool dataSource = JdbcConnectionPool.create(
      "jdbc:h2:mem:restart-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
  private final JdbcOutboxStore firstStore = new JdbcOutboxStore(dataSource);
  private final Set<String> queued = new HashSet<>();

  @AfterEach
  void closeDatabase() {
    dataSource.dispose();
  }

  @Test
  void dispatcherStoppedMidWayAndANewOneOnTheSameOutboxLoseNothing() {
    classPass.stubFor(post(urlEqualTo(BATCH_UPDATES))
        .willReturn(aResponse().withStatus(200).withFixedDelay(10)));
    firstStore.createTablesIfMissing();
    enqueue(firstStore, EVENTS);
    RecordingClient first = new RecordingClient(FakeClassPass.client(classPass, 10));
    OutboxDispatcher stopped = dispatcher(firstStore, first);

    stopped.start();
    await(() -> first.pushes().size() >= 5);
    stopped.stop();
    long left = firstStore.counts().pending();
    RecordingClient second = new RecordingClient(FakeClassPass.client(classPass, 10));
    OutboxDispatcher restarted = dispatcher(new JdbcOutboxStore(dataSource), second);
    restarted.start();
    try {
      await(() -> firstStore.counts().pending() == 0);
    } finally {
      restarted.stop();
    }

    assertThat(left).as("stopped mid-way").isBetween(1L, EVENTS - 50L);
    assertThat(delivered(first, second)).containsAll(queued);
    assertThat(firstStore.counts().deadLetters()).isZero();
  }

  @Test
  void claimsOfADispatcherThatDiedAreSentByTheNextOneOnceTheirLeaseEnds() {
    classPass.stubFor(post(urlEqualTo(BATCH_UPDATES)).willReturn(aResponse().withStatus(200)));
    firstStore.createTablesIfMissing();
    enqueue(firstStore, 30);
    assertThat(firstStore.claim("died-" + UUID.randomUUID(), 20, Duration.ofMillis(300)))
        .hasSize(20);
    RecordingClient next = new RecordingClient(FakeClassPass.client(classPass, 10));
    OutboxDispatcher dispatcher = dispatcher(new JdbcOutboxStore(dataSource), next);

    dispatcher.start();
    try {
      await(() -> firstStore.counts().pending() == 0);
    } finally {
      dispatcher.stop();
    }

    assertThat(delivered(next)).containsExactlyInAnyOrderElementsOf(queued);
  }

  private OutboxDispatcher dispatcher(OutboxStore store, RecordingClient client) {
    return OutboxDispatcher.builder()
        .store(store)
        .client(client)
        .batchSize(10)
        .dispatchInterval(Duration.ofMillis(10))
        .lease(Duration.ofSeconds(30))
        .build();
  }

  private void enqueue(OutboxStore store, int count) {
    ScheduleMapper mapper = new ScheduleMapper(new AvailabilityCalculator(clock), clock);
    IntStream.range(0, count).forEach(i -> {
      OutboxEvent event = TestEvents.schedule(mapper.toSchedule(
          SyncStudio.session("s-" + i).build()));
      store.enqueue(event);
      queued.add(event.eventId());
    });
  }

  private static Set<String> delivered(RecordingClient... clients) {
    Set<String> delivered = new HashSet<>();
    for (RecordingClient client : clients) {
      client.pushes().stream()
          .filter(RecordingClient.Push::succeeded)
          .map(RecordingClient.Push::eventIds)
          .flatMap(List::stream)
          .forEach(delivered::add);
    }
    return delivered;
  }
}
