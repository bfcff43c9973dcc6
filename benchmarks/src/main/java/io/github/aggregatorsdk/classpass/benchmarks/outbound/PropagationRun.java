package io.github.aggregatorsdk.classpass.benchmarks.outbound;

import com.zaxxer.hikari.HikariDataSource;
import io.github.aggregatorsdk.classpass.ClassPassIntegration;
import io.github.aggregatorsdk.classpass.benchmarks.StudioFixtures;
import io.github.aggregatorsdk.classpass.client.ClassPassClient;
import io.github.aggregatorsdk.classpass.outbox.JdbcOutboxStore;
import io.github.aggregatorsdk.classpass.spi.memory.InMemoryPartnerDirectory;
import io.github.aggregatorsdk.classpass.spi.memory.InMemoryStudio;
import io.github.aggregatorsdk.classpass.sync.ScheduleSync;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import org.HdrHistogram.Histogram;

/**
 * P5, propagation: how long a host's change takes from its commit to the (stand-in) ClassPass
 * receiving the new state, at a steady rate of changes over {@code classes} classes, with the
 * JDBC outbox and every SDK default ({@link ClassPassIntegration} as a plain-Java host builds it:
 * batch size 100, dispatch interval 1 s, woken on every enqueue).
 *
 * <p>Each change is one host transaction on a Hikari pool: bump a random class's version, call
 * {@link ScheduleSync#sessionChanged} (which reads the class and queues its state in the same
 * transaction, joined with {@link JdbcOutboxStore#joinTransaction}), commit, note the time. The
 * stand-in answers after {@code --latency-ms} (default 20) and notes when each state arrived. A
 * change counts as propagated when a state of its version or newer arrives (updates of one class
 * coalesce while queued). Changes start on a fixed schedule (open loop), from two threads.
 *
 * <p>Arguments: {@code --url JDBC_URL} (default an in-memory H2 database), {@code --rates 50,500},
 * {@code --seconds 20} measured per rate after {@code --warm-up 5}, {@code --classes 1000},
 * {@code --latency-ms 20}. Prints one line per rate; exits 1 when a change was never propagated.
 */
public final class PropagationRun {

  private static final String HOST_TABLE = "p5_host_class";
  private static final String OUTBOX_TABLE = "p5_outbox";

  private record Commit(String id, long version, long nanos) {}

  private PropagationRun() {}

  public static void main(String[] args) throws Exception {
    Map<String, String> options = Options.parse(args);
    String url = options.getOrDefault("--url", "jdbc:h2:mem:p5;DB_CLOSE_DELAY=-1");
    int classes = Integer.parseInt(options.getOrDefault("--classes", "1000"));
    int seconds = Integer.parseInt(options.getOrDefault("--seconds", "20"));
    int warmUp = Integer.parseInt(options.getOrDefault("--warm-up", "5"));
    Duration latency =
        Duration.ofMillis(Long.parseLong(options.getOrDefault("--latency-ms", "20")));
    String database = url.startsWith("jdbc:h2:") ? "H2" : "PostgreSQL";
    boolean allDelivered = true;
    for (String rate : options.getOrDefault("--rates", "50,500").split(",")) {
      allDelivered &= run(url, database, Integer.parseInt(rate), classes, warmUp, seconds, latency);
    }
    System.exit(allDelivered ? 0 : 1);
  }

  private static boolean run(String url, String database, int rate, int classes, int warmUp,
      int seconds, Duration latency) throws Exception {
    Map<String, List<long[]>> receipts = new ConcurrentHashMap<>();
    Map<String, Long> newest = new ConcurrentHashMap<>();
    try (HikariDataSource dataSource = Options.pool(url, "p5");
        RecordingClassPass classPass = RecordingClassPass.start(latency, (id, spots, nanos) -> {
          long version = HostClasses.version(spots);
          receipts.computeIfAbsent(id, k -> new ArrayList<>());
          synchronized (receipts.get(id)) {
            receipts.get(id).add(new long[] {version, nanos});
          }
          newest.merge(id, version, Math::max);
        })) {
      HostClasses host = new HostClasses(dataSource, HOST_TABLE, classes);
      host.create();
      dropOutbox(dataSource);
      JdbcOutboxStore outbox = new JdbcOutboxStore(dataSource, OUTBOX_TABLE, Clock.systemUTC());
      outbox.createTablesIfMissing();
      InMemoryPartnerDirectory partners = new InMemoryStudio().partners();
      partners.save(StudioFixtures.partner());
      partners.save(StudioFixtures.venue());
      ClassPassClient client = ClassPassClient.builder()
          .baseUrl(classPass.baseUrl()).accessToken("bench-token").build();
      Queue<Commit> commits = new ConcurrentLinkedQueue<>();
      InMemoryStudio studio = new InMemoryStudio();
      try (ClassPassIntegration integration = ClassPassIntegration.builder().client(client)
          .customers(studio.customers()).sessions(host).bookings(studio.bookings())
          .transactions(studio.transactions()).partners(partners).outbox(outbox)
          .partnerApiToken("p5-partner-api-token-not-served-0123456789").build()) {
        integration.start();
        changes(dataSource, host, outbox, integration.sync(), rate, classes, warmUp, null);
        changes(dataSource, host, outbox, integration.sync(), rate, classes, seconds, commits);
        long waitUntil = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!commits.stream().allMatch(c -> newest.getOrDefault(c.id(), -1L) >= c.version())
            && System.nanoTime() < waitUntil) {
          Thread.sleep(100);
        }
      } finally {
        host.drop();
        dropOutbox(dataSource);
      }
      Histogram micros = new Histogram(TimeUnit.MINUTES.toMicros(5), 3);
      int lost = 0;
      for (Commit commit : commits) {
        long arrived = firstArrival(receipts.get(commit.id()), commit.version());
        if (arrived == Long.MAX_VALUE) {
          lost++;
        } else {
          micros.recordValue(Math.max(0, arrived - commit.nanos()) / 1_000);
        }
      }
      System.out.printf(Locale.ROOT, "P5 result: %s, %d changes/s: %d changes over %d classes"
              + " in %d s, %d requests; commit to ClassPass p50 %.1f ms, p90 %.1f ms, p99 %.1f ms,"
              + " max %.1f ms; never arrived %d; same key in flight twice %d%n",
          database, rate, commits.size(), classes, seconds, classPass.requests(),
          ms(micros, 50), ms(micros, 90), ms(micros, 99), micros.getMaxValue() / 1000.0, lost,
          classPass.overlaps());
      return lost == 0 && classPass.overlaps() == 0 && classPass.failures() == 0;
    }
  }

  /** Makes {@code rate} changes a second for {@code seconds}, noting them in {@code commits}. */
  private static void changes(HikariDataSource dataSource, HostClasses host,
      JdbcOutboxStore outbox, ScheduleSync sync, int rate, int classes, int seconds,
      Queue<Commit> commits) throws InterruptedException {
    long total = (long) rate * seconds;
    long start = System.nanoTime();
    long interval = TimeUnit.SECONDS.toNanos(1) / rate;
    AtomicLong next = new AtomicLong();
    Runnable writer = () -> {
      for (long i = next.getAndIncrement(); i < total; i = next.getAndIncrement()) {
        long due = start + i * interval;
        for (long wait = due - System.nanoTime(); wait > 0; wait = due - System.nanoTime()) {
          LockSupport.parkNanos(wait);
        }
        String id = "class-" + ThreadLocalRandom.current().nextInt(classes);
        try (Connection connection = dataSource.getConnection()) {
          connection.setAutoCommit(false);
          long version;
          host.bind(connection);
          try (JdbcOutboxStore.Joined joined = outbox.joinTransaction(connection)) {
            version = host.bump(connection, id);
            sync.sessionChanged(id);
            connection.commit();
          } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
          } finally {
            host.unbind();
          }
          if (commits != null) {
            commits.add(new Commit(id, version, System.nanoTime()));
          }
        } catch (SQLException e) {
          throw new IllegalStateException("a host transaction failed", e);
        }
      }
    };
    Thread[] writers = {new Thread(writer, "host-1"), new Thread(writer, "host-2")};
    for (Thread thread : writers) {
      thread.start();
    }
    for (Thread thread : writers) {
      thread.join();
    }
  }

  /** When a state of {@code version} or newer first arrived; MAX_VALUE when none did. */
  private static long firstArrival(List<long[]> received, long version) {
    long first = Long.MAX_VALUE;
    if (received != null) {
      synchronized (received) {
        for (long[] receipt : received) {
          if (receipt[0] >= version) {
            first = Math.min(first, receipt[1]);
          }
        }
      }
    }
    return first;
  }

  private static double ms(Histogram micros, double percentile) {
    return micros.getValueAtPercentile(percentile) / 1000.0;
  }

  private static void dropOutbox(HikariDataSource dataSource) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      for (String suffix : new String[] {"", "_dead", "_job"}) {
        statement.execute("DROP TABLE IF EXISTS " + OUTBOX_TABLE + suffix);
      }
    }
  }
}
