package io.github.aggregatorsdk.classpass.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The contract on a real PostgreSQL server: {@code FOR UPDATE SKIP LOCKED} claims by several
 * stores at once. Runs when {@code CLASSPASS_TEST_POSTGRES_URL} names a database (CI's
 * {@code .ci/run} starts one); each test uses tables of its own and drops them.
 */
@EnabledIfEnvironmentVariable(named = "CLASSPASS_TEST_POSTGRES_URL", matches = "jdbc:postgresql:.+")
class JdbcOutboxStorePostgreSqlTest extends OutboxStoreContract {

  private final PGSimpleDataSource dataSource = new PGSimpleDataSource();
  private final String table = "outbox_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);

  JdbcOutboxStorePostgreSqlTest() {
    dataSource.setUrl(System.getenv("CLASSPASS_TEST_POSTGRES_URL"));
  }

  @Override
  protected OutboxStore createStore(Clock clock) {
    JdbcOutboxStore store = new JdbcOutboxStore(dataSource, table, clock);
    store.createTablesIfMissing();
    return store;
  }

  @Override
  protected OutboxStore openAnotherStore(Clock clock) {
    return new JdbcOutboxStore(dataSource, table, clock);
  }

  @AfterEach
  void dropTables() throws SQLException {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute("DROP TABLE IF EXISTS " + table);
      statement.execute("DROP TABLE IF EXISTS " + table + "_dead");
      statement.execute("DROP TABLE IF EXISTS " + table + "_job");
    }
  }

  @Test
  void instancesWithSkewedClocksReadOneSharedTimeFromTheDatabase() {
    Instant now = Instant.now();
    OutboxStore ahead = createStore(Clock.offset(Clock.systemUTC(), Duration.ofMinutes(10)));
    OutboxStore behind = openAnotherStore(Clock.offset(Clock.systemUTC(), Duration.ofMinutes(-10)));

    Instant first = ahead.sharedTime().orElseThrow();
    Instant second = behind.sharedTime().orElseThrow();

    assertThat(second).isAfterOrEqualTo(first);
    assertThat(Duration.between(now, first).abs()).isLessThan(Duration.ofMinutes(1));
  }

  @Test
  void anEnqueueJoinedToATransactionCommitsWithItAndLeavesItUsable() throws SQLException {
    JdbcOutboxStore store = (JdbcOutboxStore) createStore(Clock.systemUTC());
    OutboxEvent event = new OutboxEvent("e-1", OutboxEventType.SCHEDULE, "schedule:s-1",
        Instant.now(), "{}");
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(false);
      try (JdbcOutboxStore.Joined joined = store.joinTransaction(connection)) {
        assertThat(store.enqueue(event)).isTrue();
        assertThat(store.enqueue(event)).isFalse();
        assertThat(store.counts().pending()).isZero();
        try (Statement statement = connection.createStatement()) {
          statement.execute("SELECT 1");
        }
        connection.commit();
      }
    }
    assertThat(store.counts().pending()).isOne();
  }
}
