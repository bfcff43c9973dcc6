package io.github.aggregatorsdk.classpass.sync;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
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
    }
  }
}
