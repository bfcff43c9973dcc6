package io.github.aggregatorsdk.classpass.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcConnectionPool;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * What one enqueue costs the host's transaction: one statement and no savepoint, on H2 and on
 * PostgreSQL, whether the key has nothing pending, an older or a newer version; and a race of
 * transactions inserting the same new key leaves every transaction usable.
 */
class JdbcOutboxEnqueueStatementsTest {

  private static final Set<String> EXECUTIONS =
      Set.of("execute", "executeUpdate", "executeQuery", "executeLargeUpdate", "executeBatch");

  private final Clock clock = Clock.systemUTC();
  private final String table =
      "outbox_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
  private final AtomicInteger statements = new AtomicInteger();
  private final AtomicInteger savepoints = new AtomicInteger();
  private DataSource dataSource;
  private Runnable cleanUp = () -> {};

  @AfterEach
  void dropTables() throws SQLException {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      for (String suffix : List.of("", "_dead", "_job")) {
        statement.execute("DROP TABLE IF EXISTS " + table + suffix);
      }
    }
    cleanUp.run();
  }

  @Test
  void anEnqueueInTheHostsTransactionIsOneStatementWithoutASavepointOnH2() throws SQLException {
    JdbcConnectionPool pool = JdbcConnectionPool.create(
        "jdbc:h2:mem:enqueue-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
    pool.setMaxConnections(20);
    dataSource = pool;
    cleanUp = pool::dispose;
    assertOneStatementPerEnqueue();
  }

  @Test
  @EnabledIfEnvironmentVariable(named = "CLASSPASS_TEST_POSTGRES_URL", matches = "jdbc:postgresql:.+")
  void anEnqueueInTheHostsTransactionIsOneStatementWithoutASavepointOnPostgreSql()
      throws SQLException {
    PGSimpleDataSource postgres = new PGSimpleDataSource();
    postgres.setUrl(System.getenv("CLASSPASS_TEST_POSTGRES_URL"));
    dataSource = postgres;
    assertOneStatementPerEnqueue();
  }

  @Test
  @EnabledIfEnvironmentVariable(named = "CLASSPASS_TEST_POSTGRES_URL", matches = "jdbc:postgresql:.+")
  void aClaimOnPostgreSqlIsOneStatementOldestDueFirst() {
    PGSimpleDataSource postgres = new PGSimpleDataSource();
    postgres.setUrl(System.getenv("CLASSPASS_TEST_POSTGRES_URL"));
    dataSource = postgres;
    JdbcOutboxStore setUp = new JdbcOutboxStore(dataSource, table, clock);
    setUp.createTablesIfMissing();
    Instant v1 = Instant.parse("2026-03-09T12:00:00Z");
    for (int i = 0; i < 30; i++) {
      // Queued in an order that is not the keys' order, a microsecond apart.
      setUp.enqueue(event("k-" + (29 - i), v1));
    }
    JdbcOutboxStore outbox = new JdbcOutboxStore(countingDataSource(), table, clock);
    statements.set(0);

    List<OutboxEntry> claimed = outbox.claim("claimer", 20, java.time.Duration.ofSeconds(30));

    assertThat(statements.get()).as("statements of one claim").isEqualTo(1);
    assertThat(claimed).hasSize(20);
    assertThat(claimed).extracting(OutboxEntry::createdAt).isSorted();
    assertThat(outbox.claim("another", 20, java.time.Duration.ofSeconds(30))).hasSize(10)
        .extracting(OutboxEntry::key).doesNotContainAnyElementsOf(
            claimed.stream().map(OutboxEntry::key).toList());
  }

  @Test
  void transactionsRacingToInsertTheSameNewKeysOnH2AllCommitAndTheNewestVersionWins()
      throws Exception {
    JdbcConnectionPool pool = JdbcConnectionPool.create(
        "jdbc:h2:mem:enqueue-race-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
    pool.setMaxConnections(20);
    dataSource = pool;
    cleanUp = pool::dispose;
    assertRacingTransactionsAllCommit();
  }

  @Test
  @EnabledIfEnvironmentVariable(named = "CLASSPASS_TEST_POSTGRES_URL", matches = "jdbc:postgresql:.+")
  void transactionsRacingToInsertTheSameNewKeysOnPostgreSqlAllCommitAndTheNewestVersionWins()
      throws Exception {
    PGSimpleDataSource postgres = new PGSimpleDataSource();
    postgres.setUrl(System.getenv("CLASSPASS_TEST_POSTGRES_URL"));
    dataSource = postgres;
    assertRacingTransactionsAllCommit();
  }

  private void assertOneStatementPerEnqueue() throws SQLException {
    JdbcOutboxStore outbox = new JdbcOutboxStore(dataSource, table, clock);
    outbox.createTablesIfMissing();
    Instant v1 = Instant.parse("2026-03-09T12:00:00Z");
    try (Connection connection = counting(dataSource.getConnection())) {
      connection.setAutoCommit(false);
      try (JdbcOutboxStore.Joined joined = outbox.joinTransaction(connection)) {
        assertThat(enqueueCost(outbox, event("k-1", v1))).as("new key").isEqualTo(1);
        assertThat(enqueueCost(outbox, event("k-1", v1.plusSeconds(1)))).as("newer")
            .isEqualTo(1);
        assertThat(enqueueCost(outbox, event("k-1", v1))).as("older, ignored").isEqualTo(0);
        OutboxEvent same = event("k-2", v1);
        assertThat(enqueueCost(outbox, same)).as("another new key").isEqualTo(1);
        assertThat(enqueueCost(outbox, same)).as("the same event again").isEqualTo(0);
      }
      connection.commit();
    }
    List<OutboxEntry> pending = outbox.claim("reader", 10, java.time.Duration.ofSeconds(5));
    assertThat(pending).extracting(OutboxEntry::key).containsExactlyInAnyOrder("k-1", "k-2");
    assertThat(pending).filteredOn(entry -> entry.key().equals("k-1")).singleElement()
        .extracting(entry -> entry.event().lastUpdated()).isEqualTo(v1.plusSeconds(1));
  }

  /**
   * Runs one enqueue, checks it took one statement and no savepoint.
   *
   * @return 1 when the event is now pending, 0 when it was ignored
   */
  private int enqueueCost(JdbcOutboxStore outbox, OutboxEvent event) {
    statements.set(0);
    savepoints.set(0);
    boolean queued = outbox.enqueue(event);
    assertThat(statements.get()).as("statements of one enqueue").isEqualTo(1);
    assertThat(savepoints.get()).as("savepoint calls of one enqueue").isZero();
    return queued ? 1 : 0;
  }

  private void assertRacingTransactionsAllCommit() throws Exception {
    JdbcOutboxStore outbox = new JdbcOutboxStore(dataSource, table, clock);
    outbox.createTablesIfMissing();
    int threads = 8;
    int keys = 200;
    Instant base = Instant.parse("2026-03-09T12:00:00Z");
    ExecutorService executor = Executors.newFixedThreadPool(threads);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<?>> futures = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      int thread = t;
      futures.add(executor.submit(() -> {
        start.await();
        for (int key = 0; key < keys; key++) {
          // One host transaction per change, as a booking would run it.
          try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (JdbcOutboxStore.Joined joined = outbox.joinTransaction(connection)) {
              outbox.enqueue(event("k-" + key, base.plusSeconds(thread)));
            }
            connection.commit();
          }
        }
        return null;
      }));
    }
    start.countDown();
    try {
      for (Future<?> future : futures) {
        future.get(60, TimeUnit.SECONDS);
      }
    } finally {
      executor.shutdownNow();
    }
    List<OutboxEntry> pending = outbox.claim("reader", 10 * keys, java.time.Duration.ofSeconds(5));
    assertThat(pending).hasSize(keys);
    assertThat(pending).allSatisfy(entry ->
        assertThat(entry.event().lastUpdated()).isEqualTo(base.plusSeconds(threads - 1)));
  }

  private static OutboxEvent event(String key, Instant version) {
    return new OutboxEvent(UUID.randomUUID().toString(), OutboxEventType.SCHEDULE, key, version,
        "{\"id\":\"" + key + "\"}");
  }

  /** The data source, its connections counting their statements. */
  private DataSource countingDataSource() {
    DataSource target = dataSource;
    return (DataSource) Proxy.newProxyInstance(getClass().getClassLoader(),
        new Class<?>[] {DataSource.class}, (proxy, method, args) -> {
          Object result = invoke(target, method, args);
          return result instanceof Connection connection ? counting(connection) : result;
        });
  }

  /** The connection, counting the statements it runs and the savepoints set on it. */
  private Connection counting(Connection connection) {
    InvocationHandler handler = (proxy, method, args) -> {
      if (method.getName().equals("setSavepoint")) {
        savepoints.incrementAndGet();
      }
      Object result = invoke(connection, method, args);
      if (result instanceof Statement statement) {
        Class<?> type = result instanceof PreparedStatement
            ? PreparedStatement.class : Statement.class;
        return Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {type},
            (statementProxy, statementMethod, statementArgs) -> {
              if (EXECUTIONS.contains(statementMethod.getName())) {
                statements.incrementAndGet();
              }
              return invoke(statement, statementMethod, statementArgs);
            });
      }
      return result;
    };
    return (Connection) Proxy.newProxyInstance(
        getClass().getClassLoader(), new Class<?>[] {Connection.class}, handler);
  }

  private static Object invoke(Object target, java.lang.reflect.Method method, Object[] args)
      throws Throwable {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }
}
