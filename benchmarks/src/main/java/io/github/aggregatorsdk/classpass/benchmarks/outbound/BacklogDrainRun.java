package io.github.aggregatorsdk.classpass.benchmarks.outbound;

import com.zaxxer.hikari.HikariDataSource;
import io.github.aggregatorsdk.classpass.benchmarks.StudioFixtures;
import io.github.aggregatorsdk.classpass.booking.AvailabilityCalculator;
import io.github.aggregatorsdk.classpass.client.ClassPassClient;
import io.github.aggregatorsdk.classpass.internal.PayloadJson;
import io.github.aggregatorsdk.classpass.mapping.internal.ScheduleMapper;
import io.github.aggregatorsdk.classpass.model.Schedule;
import io.github.aggregatorsdk.classpass.outbox.DispatchListener;
import io.github.aggregatorsdk.classpass.outbox.JdbcOutboxStore;
import io.github.aggregatorsdk.classpass.outbox.OutboxDispatcher;
import io.github.aggregatorsdk.classpass.outbox.OutboxDispatcherBuilder;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * P6, backlog drain and scale-out: {@code --events} pending schedule updates (distinct classes, as
 * after an outage) in a PostgreSQL outbox, drained by one instance and then by two sharing the
 * outbox, against a stand-in ClassPass answering after {@code --latency-ms} (default 20). Each
 * instance is a JVM of its own ({@code instance} mode: its own pool, {@link JdbcOutboxStore} and
 * {@link OutboxDispatcher} with default settings but {@code --batch} and, when given, {@code
 * --in-flight}, the batches one dispatcher keeps at ClassPass at once), as two app instances
 * would be. The stand-in checks that no two requests in flight at once name the same class.
 *
 * <p>The backlog is written with batched plain INSERTs in the outbox's format (payloads written by
 * the SDK's mapper), which takes seconds where 100,000 enqueues would take minutes; the drain is
 * timed from the first update's arrival to the last one's, so JVM start-up is left out (JIT
 * warm-up is not).
 *
 * <p>{@code drain --url JDBC_URL [--events 100000] [--latency-ms 20] [--batch 100]
 * [--instances 1,2] [--in-flight N]} (default: the dispatcher's own default) prints one line per instance count; exits 1 when an update never arrived or
 * two requests in flight named the same class.
 */
public final class BacklogDrainRun {

  private static final String TABLE = "p6_outbox";

  private BacklogDrainRun() {}

  public static void main(String[] args) throws Exception {
    if (args.length == 0 || !(args[0].equals("drain") || args[0].equals("instance"))) {
      System.err.println("usage: BacklogDrainRun drain|instance --url JDBC_URL [options]");
      System.exit(2);
    }
    Map<String, String> options = Options.parse(List.of(args).subList(1, args.length)
        .toArray(String[]::new));
    if (args[0].equals("instance")) {
      instance(options);
      return;
    }
    String url = options.get("--url");
    int events = Integer.parseInt(options.getOrDefault("--events", "100000"));
    int batch = Integer.parseInt(options.getOrDefault("--batch", "100"));
    String inFlight = options.getOrDefault("--in-flight", "default");
    Duration latency =
        Duration.ofMillis(Long.parseLong(options.getOrDefault("--latency-ms", "20")));
    boolean ok = true;
    double single = 0;
    for (String count : options.getOrDefault("--instances", "1,2").split(",")) {
      int instances = Integer.parseInt(count);
      double rate = drain(url, events, batch, inFlight, latency, instances);
      if (rate <= 0) {
        ok = false;
      } else if (instances == 1) {
        single = rate;
      } else if (single > 0) {
        System.out.printf(Locale.ROOT, "P6 result: scale-out at batch %d, %d instances drain"
            + " %.2fx as fast as one%n", batch, instances, rate / single);
      }
    }
    System.exit(ok ? 0 : 1);
  }

  /** Fills the outbox, drains it with {@code instances} JVMs; events/s, or -1 on a failure. */
  private static double drain(String url, int events, int batch, String inFlight,
      Duration latency, int instances) throws Exception {
    try (HikariDataSource dataSource = Options.pool(url, "p6-fill");
        RecordingClassPass classPass = RecordingClassPass.start(latency, (id, spots, at) -> {})) {
      long fillStart = System.nanoTime();
      fill(dataSource, events);
      long fillMillis = (System.nanoTime() - fillStart) / 1_000_000;
      List<Process> processes = new ArrayList<>();
      Path logs = Files.createTempDirectory("p6-instances");
      for (int i = 1; i <= instances; i++) {
        File log = logs.resolve("instance-" + i + ".log").toFile();
        List<String> command = new ArrayList<>(List.of(javaBin(), "-Xmx256m"));
        String jvmOptions = System.getenv("P6_INSTANCE_JVM_OPTS"); // e.g. to profile one
        if (jvmOptions != null && !jvmOptions.isBlank()) {
          command.addAll(List.of(jvmOptions.replace("INSTANCE", Integer.toString(i)).split(" ")));
        }
        command.addAll(List.of("-cp", System.getProperty("java.class.path"),
            BacklogDrainRun.class.getName(), "instance", "--url", url,
            "--base-url", classPass.baseUrl().toString(), "--batch", Integer.toString(batch),
            "--in-flight", inFlight));
        processes.add(new ProcessBuilder(command)
            .redirectErrorStream(true).redirectOutput(log).start());
      }
      boolean finished = true;
      for (Process process : processes) {
        finished &= process.waitFor(5, TimeUnit.MINUTES) && process.exitValue() == 0;
        process.destroy();
      }
      List<String> sentBy = new ArrayList<>();
      for (int i = 1; i <= instances; i++) {
        List<String> lines = Files.readAllLines(logs.resolve("instance-" + i + ".log"));
        sentBy.add(lines.stream().filter(l -> l.startsWith("sent ")).findFirst()
            .orElse("instance " + i + " reported nothing, see " + logs));
      }
      double seconds = (classPass.lastNanos() - classPass.firstNanos() + latency.toNanos()) / 1e9;
      double rate = classPass.distinctSchedules() / seconds;
      System.out.printf(Locale.ROOT, "P6 result: %d instance(s), batch %d, %s in flight per"
              + " instance, ClassPass answering"
              + " after %d ms: %d of %d updates arrived in %.2f s = %.0f events/s; %d requests,"
              + " %d events (a class sent again counts again); same class in flight twice: %d;"
              + " per instance: %s; backlog written in %d ms%n",
          instances, batch, inFlight, latency.toMillis(), classPass.distinctSchedules(), events,
          seconds,
          rate, classPass.requests(), classPass.events(), classPass.overlaps(),
          String.join(", ", sentBy), fillMillis);
      boolean ok = finished && classPass.distinctSchedules() == events
          && classPass.overlaps() == 0 && classPass.failures() == 0;
      if (!ok) {
        System.out.println("!! P6 FAILED: " + (finished ? "" : "an instance did not finish; ")
            + "logs in " + logs);
      }
      dropOutbox(dataSource);
      return ok ? rate : -1;
    }
  }

  /** One app instance: drains the shared outbox with default settings and exits when empty. */
  private static void instance(Map<String, String> options) throws Exception {
    int batch = Integer.parseInt(options.getOrDefault("--batch", "100"));
    AtomicLong sent = new AtomicLong();
    AtomicLong failed = new AtomicLong();
    try (HikariDataSource dataSource = Options.pool(options.get("--url"), "p6-instance")) {
      JdbcOutboxStore jdbc = new JdbcOutboxStore(dataSource, TABLE, Clock.systemUTC());
      TimedOutboxStore store = new TimedOutboxStore(jdbc);
      ClassPassClient client = ClassPassClient.builder()
          .baseUrl(java.net.URI.create(options.get("--base-url")))
          .accessToken("bench-token").batchSize(batch).build();
      OutboxDispatcherBuilder builder = OutboxDispatcher.builder();
      String inFlight = options.getOrDefault("--in-flight", "default");
      if (!inFlight.equals("default")) {
        builder.maxBatchesInFlight(Integer.parseInt(inFlight));
      }
      OutboxDispatcher dispatcher = builder.store(store).client(client)
          .batchSize(batch)
          .dispatchListener(new DispatchListener() {
            @Override
            public void batchSent(int events) {
              sent.addAndGet(events);
            }

            @Override
            public void batchFailed(int events, io.github.aggregatorsdk.classpass.client
                .ClassPassException failure) {
              failed.addAndGet(events);
            }
          })
          .build();
      dispatcher.start();
      long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(4);
      while (store.counts().pending() > 0 && System.nanoTime() < deadline) {
        Thread.sleep(200);
      }
      dispatcher.stop();
      System.out.println("sent " + sent.get()
          + (failed.get() > 0 ? " (failed " + failed + ")" : "") + " in " + store.summary());
      System.exit(store.counts().pending() == 0 ? 0 : 1);
    }
  }

  /** Writes {@code events} pending schedule updates, one per class, oldest first. */
  private static void fill(HikariDataSource dataSource, int events) throws Exception {
    dropOutbox(dataSource);
    new JdbcOutboxStore(dataSource, TABLE, Clock.systemUTC()).createTablesIfMissing();
    Clock clock = Clock.systemUTC();
    ScheduleMapper mapper = new ScheduleMapper(new AvailabilityCalculator(clock), clock);
    LocalDate firstDay = LocalDate.now(ZoneOffset.UTC).plusDays(2);
    Instant queued = Instant.now().minusSeconds(3600);
    try (Connection connection = dataSource.getConnection();
        PreparedStatement insert = connection.prepareStatement("INSERT INTO " + TABLE
            + " (coalescing_key, event_id, event_type, last_updated, payload, created_at,"
            + " attempts, next_attempt_at) VALUES (?, ?, 'SCHEDULE', ?, ?, ?, 0, ?)")) {
      connection.setAutoCommit(false);
      for (int i = 0; i < events; i++) {
        // The studio's 32 classes a day, 1,000 days ahead at most, then again.
        Schedule schedule = mapper.toSchedule(
            StudioFixtures.session(i % 32_000, firstDay, 20).toBuilder().id("class-" + i).build());
        OffsetDateTime at = queued.plusNanos(i * 1_000L).atOffset(ZoneOffset.UTC);
        insert.setString(1, "schedule:" + schedule.id());
        insert.setString(2, UUID.randomUUID().toString());
        insert.setObject(3, schedule.lastUpdated());
        insert.setString(4, PayloadJson.write(schedule));
        insert.setObject(5, at);
        insert.setObject(6, at);
        insert.addBatch();
        if (i % 1_000 == 999) {
          insert.executeBatch();
        }
      }
      insert.executeBatch();
      connection.commit();
      try (Statement statement = connection.createStatement()) {
        connection.setAutoCommit(true);
        statement.execute("ANALYZE " + TABLE);
      }
    }
  }

  private static void dropOutbox(HikariDataSource dataSource) throws Exception {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      for (String suffix : new String[] {"", "_dead", "_job"}) {
        statement.execute("DROP TABLE IF EXISTS " + TABLE + suffix);
      }
    }
  }

  private static String javaBin() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }
}
