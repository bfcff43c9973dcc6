package io.github.aggregatorsdk.classpass.outbox;

import static io.github.aggregatorsdk.classpass.outbox.Eventually.await;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.github.aggregatorsdk.classpass.booking.AvailabilityCalculator;
import io.github.aggregatorsdk.classpass.client.ClassPassClient;
import io.github.aggregatorsdk.classpass.client.RetrySettings;
import io.github.aggregatorsdk.classpass.mapping.internal.ScheduleMapper;
import io.github.aggregatorsdk.classpass.sync.SyncStudio;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import org.h2.jdbcx.JdbcConnectionPool;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * One dispatcher with several batches in flight, on a JDBC outbox (H2), against a stand-in
 * ClassPass (the JDK's HTTP server) that fails the run when two requests in flight name the same
 * class, and counts every event it receives.
 */
class BatchesInFlightTest {

  private static final int BATCH = 20;

  private final Clock clock = Clock.systemUTC();
  private final ScheduleMapper mapper = new ScheduleMapper(new AvailabilityCalculator(clock), clock);
  private final List<Thread> threads = new CopyOnWriteArrayList<>();
  private final ThreadFactory counting = task -> {
    Thread thread = new Thread(task, "classpass-dispatcher");
    thread.setDaemon(true);
    threads.add(thread);
    return thread;
  };
  private StandIn classPass;
  private JdbcConnectionPool pool;
  private JdbcOutboxStore outbox;
  private final List<OutboxDispatcher> dispatchers = new ArrayList<>();

  @BeforeEach
  void open() throws IOException {
    classPass = new StandIn();
    pool = JdbcConnectionPool.create(
        "jdbc:h2:mem:in-flight-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
    pool.setMaxConnections(20);
    outbox = new JdbcOutboxStore(pool, JdbcOutboxStore.DEFAULT_TABLE_NAME, clock);
    outbox.createTablesIfMissing();
  }

  @AfterEach
  void close() {
    dispatchers.forEach(OutboxDispatcher::stop);
    classPass.close();
    pool.dispose();
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 4})
  void aBacklogLeavesWithUpToTheMaximumInFlightNeverTheSameKeyTwiceEveryVersionOnceInOrder(
      int maxInFlight) throws Exception {
    classPass.answer = request -> new Answer(200, 40, null);
    int classes = 400;
    Map<String, Instant> newest = new ConcurrentHashMap<>();
    for (int i = 0; i < classes; i++) {
      OutboxEvent event = event("s-" + i, 0);
      outbox.enqueue(event);
      newest.put("s-" + i, event.lastUpdated());
    }
    OutboxDispatcher dispatcher = dispatcher(maxInFlight, DispatchObserver.none());

    dispatcher.start();
    // Newer versions of half the classes arrive while the backlog drains, from two threads: an
    // entry in flight is superseded in place and its newer version must wait for its report.
    ExecutorService hosts = Executors.newFixedThreadPool(2);
    for (int t = 0; t < 2; t++) {
      int first = t;
      hosts.submit(() -> {
        for (int i = first; i < classes; i += 4) {
          OutboxEvent event = event("s-" + i, 1);
          outbox.enqueue(event);
          newest.merge("s-" + i, event.lastUpdated(), (a, b) -> a.isAfter(b) ? a : b);
          dispatcher.wakeUp();
        }
      });
    }
    hosts.shutdown();
    assertThat(hosts.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
    await(() -> outbox.counts().pending() == 0);

    assertThat(classPass.overlaps).as("requests naming a class another one in flight named")
        .isEmpty();
    assertThat(classPass.maxConcurrent.get()).isEqualTo(maxInFlight);
    assertThat(classPass.deliveries.values()).allMatch(count -> count.get() == 1);
    assertThat(classPass.versions).hasSize(classes);
    classPass.versions.forEach((key, versions) -> {
      assertThat(versions).as("versions of %s in arrival order", key).isSorted();
      assertThat(versions.get(versions.size() - 1)).as("last version of %s", key)
          .isEqualTo(newest.get(key));
    });
  }

  @Test
  void drainReturnsOnlyOnceTheBackgroundThreadsBatchesHaveBeenAnsweredToo() {
    // A host (or a demo, or a test) calls drain() to know that what was due reached ClassPass,
    // while the background thread's own batches are still at ClassPass: they hold their entries,
    // so a claim finds nothing due before they are answered.
    classPass.answer = request -> new Answer(200, 150, null);
    int events = 8 * BATCH;
    for (int i = 0; i < events; i++) {
      outbox.enqueue(event("s-" + i, 0));
    }
    OutboxDispatcher dispatcher = dispatcher(4, DispatchObserver.none());
    dispatcher.start();
    await(() -> classPass.concurrent.get() > 0);

    dispatcher.drain();

    assertThat(classPass.eventsReceived.get()).as("events ClassPass answered when drain returned")
        .isEqualTo(events);
    assertThat(outbox.counts().pending()).isZero();
  }

  @ParameterizedTest
  @ValueSource(ints = {429, 401})
  void aPauseOneBatchMeetsStopsTheOtherBatchesBeforeTheirCall(int status) throws Exception {
    for (int i = 0; i < 8 * BATCH; i++) {
      outbox.enqueue(event("s-" + i, 0));
    }
    classPass.answer = request -> new Answer(status, 10, status == 429 ? "3600" : null);
    // The first batch's answer is known before the three others claimed with it reach ClassPass.
    CountDownLatch firstAnswered = new CountDownLatch(1);
    AtomicInteger started = new AtomicInteger();
    DispatchObserver gate = events -> {
      if (started.incrementAndGet() > 1) {
        awaitQuietly(firstAnswered);
      }
      return new DispatchObserver.Batch() {
        @Override
        public void finished(int delivered) {
          firstAnswered.countDown();
        }
      };
    };
    OutboxDispatcher dispatcher = dispatcher(4, gate);

    dispatcher.start();
    await(() -> started.get() >= 4 && classPass.requests.get() == 1);
    Thread.sleep(300);

    assertThat(classPass.requests.get()).as("requests during the pause").isEqualTo(1);
    assertThat(outbox.counts().deadLetters()).isZero();
    assertThat(outbox.counts().pending()).isEqualTo(8 * BATCH);
    // The three batches that did not call gave their entries back: due now for any instance.
    assertThat(notDue(outbox)).isEqualTo(BATCH);
  }

  @Test
  void whileClassPassGivesNoAnswerOneBatchAtATimeIsSent() {
    int events = 12 * BATCH;
    for (int i = 0; i < events; i++) {
      outbox.enqueue(event("s-" + i, 0));
    }
    classPass.answer = request -> new Answer(503, 20, null);
    CountDownLatch firstAnswered = new CountDownLatch(1);
    AtomicInteger started = new AtomicInteger();
    DispatchObserver gate = count -> {
      if (started.incrementAndGet() > 1) {
        awaitQuietly(firstAnswered);
      }
      return new DispatchObserver.Batch() {
        @Override
        public void finished(int delivered) {
          firstAnswered.countDown();
        }
      };
    };
    OutboxDispatcher dispatcher = dispatcher(4, gate);

    dispatcher.start();
    // Every event fails once and waits an hour: then nothing is due.
    await(() -> classPass.eventsReceived.get() == events);

    assertThat(classPass.maxConcurrent.get()).as("requests at ClassPass at once").isEqualTo(1);
    assertThat(classPass.requests.get()).isEqualTo(12);
    assertThat(classPass.deliveries.values()).allMatch(count -> count.get() == 1);
  }

  @Test
  void stopLetsEveryBatchInFlightFinishAndLosesNothing() throws Exception {
    int events = 20 * BATCH;
    for (int i = 0; i < events; i++) {
      outbox.enqueue(event("s-" + i, 0));
    }
    classPass.answer = request -> new Answer(200, 300, null);
    OutboxDispatcher dispatcher = dispatcher(4, DispatchObserver.none());
    dispatcher.start();
    await(() -> classPass.concurrent.get() == 4);

    long before = System.nanoTime();
    dispatcher.stop();

    assertThat(Duration.ofNanos(System.nanoTime() - before)).isLessThan(Duration.ofSeconds(4));
    assertThat(threads).isNotEmpty().noneMatch(Thread::isAlive);
    int received = classPass.eventsReceived.get();
    assertThat(received).isGreaterThanOrEqualTo(4 * BATCH);
    assertThat(outbox.counts().pending()).isEqualTo(events - received);
    // Nothing is left claimed: another instance takes the rest at once, not after the lease.
    OutboxDispatcher other = dispatcher(1, DispatchObserver.none());
    classPass.answer = request -> new Answer(200, 0, null);
    other.drain();
    assertThat(outbox.counts().pending()).isZero();
    assertThat(classPass.deliveries).hasSize(events);
    assertThat(classPass.deliveries.values()).allMatch(count -> count.get() == 1);
  }

  @Test
  void stopInterruptsBatchesThatOutlastTheShutdownTimeoutAndNoThreadOutlivesIt() {
    for (int i = 0; i < 10 * BATCH; i++) {
      outbox.enqueue(event("s-" + i, 0));
    }
    classPass.answer = request -> new Answer(200, 20_000, null);
    OutboxDispatcher dispatcher = OutboxDispatcher.builder()
        .store(outbox)
        .client(classPass.client())
        .batchSize(BATCH)
        .maxBatchesInFlight(4)
        .shutdownTimeout(Duration.ofMillis(200))
        .threadFactory(counting)
        .build();
    dispatchers.add(dispatcher);
    dispatcher.start();
    await(() -> classPass.concurrent.get() == 4);

    long before = System.nanoTime();
    dispatcher.stop();

    assertThat(Duration.ofNanos(System.nanoTime() - before)).isLessThan(Duration.ofSeconds(6));
    // The background thread and the four it handed a batch to.
    assertThat(threads).hasSize(5).noneMatch(Thread::isAlive);
    assertThat(outbox.counts().pending()).isEqualTo(10 * BATCH);
  }

  @Test
  void threadsThatSentAFullBatchClaimTheirNextOneSoThatSlowClaimsOverlap() {
    int events = 16 * BATCH;
    for (int i = 0; i < events; i++) {
      outbox.enqueue(event("s-" + i, 0));
    }
    classPass.answer = request -> new Answer(200, 5, null);
    AtomicInteger claiming = new AtomicInteger();
    AtomicInteger maxClaiming = new AtomicInteger();
    OutboxStore slowClaims = new DelegatingOutbox(outbox) {
      @Override
      public List<OutboxEntry> claim(String owner, int max, Duration lease) {
        maxClaiming.accumulateAndGet(claiming.incrementAndGet(), Math::max);
        try {
          Thread.sleep(50);
          return super.claim(owner, max, lease);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return List.of();
        } finally {
          claiming.decrementAndGet();
        }
      }
    };
    OutboxDispatcher dispatcher = OutboxDispatcher.builder()
        .store(slowClaims)
        .client(classPass.client())
        .batchSize(BATCH)
        .maxBatchesInFlight(4)
        .dispatchInterval(Duration.ofMillis(20))
        .threadFactory(counting)
        .build();
    dispatchers.add(dispatcher);

    dispatcher.start();
    await(() -> outbox.counts().pending() == 0);

    assertThat(maxClaiming.get()).as("claims running at once").isGreaterThan(1);
    assertThat(classPass.overlaps).isEmpty();
    assertThat(classPass.deliveries).hasSize(events);
    assertThat(classPass.deliveries.values()).allMatch(count -> count.get() == 1);
  }

  @Test
  void builderRejectsFewerThanOneBatchInFlight() {
    assertThatThrownBy(() -> OutboxDispatcher.builder().maxBatchesInFlight(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("maxBatchesInFlight");
  }

  private OutboxDispatcher dispatcher(int maxInFlight, DispatchObserver observer) {
    OutboxDispatcher dispatcher = OutboxDispatcher.builder()
        .store(outbox)
        .client(classPass.client())
        .batchSize(BATCH)
        .maxBatchesInFlight(maxInFlight)
        .dispatchInterval(Duration.ofMillis(20))
        .retryBackoff(Duration.ofHours(1), Duration.ofHours(1))
        .dispatchObserver(observer)
        .threadFactory(counting)
        .clock(clock)
        .build();
    dispatchers.add(dispatcher);
    return dispatcher;
  }

  /** Pending entries another claimer could not take now (leased, or waiting for a retry). */
  private static long notDue(OutboxStore store) {
    List<OutboxEntry> due = store.claim("probe-" + UUID.randomUUID(), 10_000, Duration.ofMillis(1));
    long pending = store.counts().pending();
    return pending - due.size();
  }

  private static void awaitQuietly(CountDownLatch latch) {
    try {
      latch.await(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static Instant version(int version) {
    return SyncStudio.DAY_BEFORE.plusSeconds(3600L * version);
  }

  private OutboxEvent event(String sessionId, int version) {
    return TestEvents.schedule(mapper.toSchedule(
        SyncStudio.session(sessionId).lastUpdated(version(version)).build()));
  }

  /** What the stand-in answers: a status after a delay, with a {@code Retry-After} or not. */
  record Answer(int status, long delayMillis, String retryAfter) {}

  /** ClassPass's batch-updates endpoint, answering each request on a thread of its own. */
  static final class StandIn implements AutoCloseable {

    final HttpServer server;
    final ExecutorService executor = Executors.newCachedThreadPool();
    final Set<String> inFlight = ConcurrentHashMap.newKeySet();
    final List<String> overlaps = new CopyOnWriteArrayList<>();
    final AtomicInteger concurrent = new AtomicInteger();
    final AtomicInteger maxConcurrent = new AtomicInteger();
    final AtomicInteger requests = new AtomicInteger();
    final AtomicInteger eventsReceived = new AtomicInteger();
    /** Per event id, how many requests carried it. */
    final Map<String, AtomicInteger> deliveries = new ConcurrentHashMap<>();
    /** Per schedule id, the versions ClassPass accepted, in the order they arrived. */
    final Map<String, List<Instant>> versions = new ConcurrentHashMap<>();
    volatile IntFunction<Answer> answer = request -> new Answer(200, 0, null);

    StandIn() throws IOException {
      server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 50);
      server.setExecutor(executor);
      server.createContext(FakeClassPass.BATCH_UPDATES, this::handle);
      server.start();
    }

    ClassPassClient client() {
      return ClassPassClient.builder()
          .baseUrl(URI.create("http://127.0.0.1:" + server.getAddress().getPort()))
          .accessToken("in-flight-token")
          .batchSize(100)
          .retry(RetrySettings.disabled())
          .build();
    }

    private void handle(HttpExchange exchange) throws IOException {
      JsonNode body = SyncStudio.JSON.readTree(exchange.getRequestBody().readAllBytes());
      Answer reply = answer.apply(requests.incrementAndGet());
      List<String> keys = new ArrayList<>();
      body.get("events").forEach(event -> keys.add(event.get("payload").get("id").asText()));
      for (String key : keys) {
        if (!inFlight.add(key)) {
          overlaps.add(key);
        }
      }
      int now = concurrent.incrementAndGet();
      maxConcurrent.accumulateAndGet(now, Math::max);
      try {
        Thread.sleep(reply.delayMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      body.get("events").forEach(event -> {
        eventsReceived.incrementAndGet();
        deliveries.computeIfAbsent(event.get("id").asText(), id -> new AtomicInteger())
            .incrementAndGet();
        if (reply.status() == 200) {
          JsonNode payload = event.get("payload");
          versions.computeIfAbsent(payload.get("id").asText(),
                  id -> Collections.synchronizedList(new ArrayList<>()))
              .add(OffsetDateTime.parse(payload.get("last_updated").asText()).toInstant());
        }
      });
      concurrent.decrementAndGet();
      keys.forEach(inFlight::remove);
      if (reply.retryAfter() != null) {
        exchange.getResponseHeaders().add("Retry-After", reply.retryAfter());
      }
      exchange.sendResponseHeaders(reply.status(), -1);
      exchange.close();
    }

    @Override
    public void close() {
      server.stop(0);
      executor.shutdownNow();
    }
  }
}
