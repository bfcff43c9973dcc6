package io.github.aggregatorsdk.classpass.outbox;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.UUID;
import org.h2.jdbcx.JdbcConnectionPool;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.postgresql.ds.PGConnectionPoolDataSource;

/**
 * Two dispatchers on one outbox on a real PostgreSQL server ({@code FOR UPDATE SKIP LOCKED}
 * claims). Runs when {@code CLASSPASS_TEST_POSTGRES_URL} names a database; uses tables of its
 * own and drops them.
 */
@EnabledIfEnvironmentVariable(named = "CLASSPASS_TEST_POSTGRES_URL", matches = "jdbc:postgresql:.+")
class TwoDispatchersPostgreSqlTest extends TwoDispatchersContract {

  private final JdbcConnectionPool dataSource;
  private final String table =
      "dispatch_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);

  TwoDispatchersPostgreSqlTest() {
    // Pooled, as in production: a new PostgreSQL connection per statement is slow.
    PGConnectionPoolDataSource server = new PGConnectionPoolDataSource();
    server.setUrl(System.getenv("CLASSPASS_TEST_POSTGRES_URL"));
    dataSource = JdbcConnectionPool.create(server);
    openStore().createTablesIfMissing();
  }

  @Override
  protected JdbcOutboxStore openStore() {
    return new JdbcOutboxStore(dataSource, table, Clock.systemUTC());
  }

  @AfterEach
  void dropTables() throws SQLException {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute("DROP TABLE IF EXISTS " + table);
      statement.execute("DROP TABLE IF EXISTS " + table + "_dead");
    } finally {
      dataSource.dispose();
    }
  }
}
