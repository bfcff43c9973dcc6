package io.github.aggregatorsdk.classpass.outbox;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.UUID;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;

/**
 * The contract with the PostgreSQL DDL and SQL ({@code FOR UPDATE SKIP LOCKED} claims) on H2 in
 * PostgreSQL mode. It checks that the PostgreSQL statements parse and behave, not PostgreSQL's
 * locking: H2 locks every candidate row, so claimers here take turns.
 */
class JdbcOutboxStorePostgreSqlDialectTest extends OutboxStoreContract {

  private final JdbcDataSource dataSource = new JdbcDataSource();

  JdbcOutboxStorePostgreSqlDialectTest() {
    dataSource.setURL("jdbc:h2:mem:outbox-pg-" + UUID.randomUUID()
        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
  }

  @Override
  protected OutboxStore createStore(Clock clock) {
    JdbcOutboxStore store = openStore(clock);
    store.createTablesIfMissing();
    return store;
  }

  @Override
  protected OutboxStore openAnotherStore(Clock clock) {
    return openStore(clock);
  }

  private JdbcOutboxStore openStore(Clock clock) {
    return new JdbcOutboxStore(
        dataSource, JdbcOutboxStore.DEFAULT_TABLE_NAME, clock, OutboxDialect.POSTGRESQL);
  }

  @AfterEach
  void dropDatabase() throws SQLException {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute("SHUTDOWN");
    }
  }
}
