package io.github.aggregatorsdk.classpass.sync;

import io.github.aggregatorsdk.classpass.ClassPassIntegration;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.github.aggregatorsdk.classpass.outbox.FakeClassPass.BATCH_UPDATES;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.aggregatorsdk.classpass.outbox.FakeClassPass;
import io.github.aggregatorsdk.classpass.outbox.JdbcOutboxStore;
import io.github.aggregatorsdk.classpass.outbox.JobRun;
import io.github.aggregatorsdk.classpass.outbox.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.h2.jdbcx.JdbcConnectionPool;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The self-healing resync: one instance at a time across a cluster sharing a JDBC outbox. */
class PeriodicResyncTest {

  @RegisterExtension static WireMockExtension classPass = FakeClassPass.server();

  private final MutableClock clock = new MutableClock(Instant.parse("2026-03-09T12:00:00Z"));
  private final SyncStudio host = new SyncStudio(clock);
  private final JdbcConnectionPool database = JdbcConnectionPool.create(
      "jdbc:h2:mem:resync-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
  private final ScheduledExecutorService executor = Executors.newScheduledThreadPool(1);

  @AfterEach
  void close() {
    executor.shutdownNow();
    database.dispose();
  }

  @Test
  void eightInstancesStartingARunAtOnceRunItOnceAndTheLastRunIsKeptInTheDatabase()
      throws Exception {
    classPass.stubFor(post(urlEqualTo(BATCH_UPDATES)).willReturn(aResponse().withStatus(200)
        .withFixedDelay(300)));
    host.add("s-1");
    new JdbcOutboxStore(database).createTablesIfMissing();
    List<PeriodicResync> instances = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      instances.add(instance("instance-" + i));
    }
    ExecutorService threads = Executors.newFixedThreadPool(8);
    CountDownLatch go = new CountDownLatch(1);
    List<Future<Optional<ResyncSummary>>> runs = new ArrayList<>();
    for (PeriodicResync instance : instances) {
      Callable<Optional<ResyncSummary>> run = () -> {
        go.await();
        return instance.runNow();
      };
      runs.add(threads.submit(run));
    }
    go.countDown();
    int ran = 0;
    for (Future<Optional<ResyncSummary>> run : runs) {
      ran += run.get(30, TimeUnit.SECONDS).isPresent() ? 1 : 0;
    }
    threads.shutdown();

    assertThat(ran).isOne();
    assertThat(FakeClassPass.batchBodies(classPass)).hasSize(1);
    JobRun last = instance("a-new-instance").lastRun();
    assertThat(last.lastStartedAt()).contains(clock.instant());
    assertThat(last.lastFinishedAt()).isPresent();
    assertThat(last.lastOutcome().orElseThrow()).contains("schedulesPushed=1");
    assertThat(last.runningOwner()).isEmpty();
  }

  @Test
  void aLockHeldByADeadInstanceIsTakenOverOnceItExpires() {
    classPass.stubFor(post(urlEqualTo(BATCH_UPDATES)).willReturn(aResponse().withStatus(200)));
    host.add("s-1");
    JdbcOutboxStore store = new JdbcOutboxStore(database, "classpass_outbox", clock);
    store.createTablesIfMissing();
    assertThat(store.tryLockJob(PeriodicResync.JOB, "dead-instance", Duration.ofMinutes(30)))
        .isTrue();
    PeriodicResync survivor = instance("survivor");

    assertThat(survivor.runNow()).isEmpty();
    clock.advance(Duration.ofMinutes(31));

    assertThat(survivor.runNow()).isPresent();
    assertThat(survivor.lastRun().runningOwner()).isEmpty();
  }

  @Test
  void anIntegrationResyncsEverySixHoursByDefault() {
    ClassPassIntegration sync = host.integration(FakeClassPass.client(classPass, 100)).build();

    assertThat(sync.periodicResync()).isPresent();
    sync.close();
  }

  private PeriodicResync instance(String owner) {
    JdbcOutboxStore store = new JdbcOutboxStore(database, "classpass_outbox", clock);
    FullResync resync = FullResync.builder()
        .sessions(host.studio.sessions())
        .partners(host.studio.partners())
        .client(FakeClassPass.client(classPass, 100))
        .outbox(store)
        .clock(clock)
        .build();
    return new PeriodicResync(resync, store, Duration.ofHours(6), Duration.ofDays(28), owner,
        executor, clock, Duration.ofSeconds(30));
  }
}
