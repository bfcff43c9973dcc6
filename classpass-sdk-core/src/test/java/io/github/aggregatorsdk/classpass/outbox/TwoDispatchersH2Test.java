package io.github.aggregatorsdk.classpass.outbox;

import java.util.UUID;
import org.h2.jdbcx.JdbcConnectionPool;
import org.junit.jupiter.api.AfterEach;

/** Two dispatchers on one outbox in embedded H2. */
class TwoDispatchersH2Test extends TwoDispatchersContract {

  private final JdbcConnectionPool dataSource = JdbcConnectionPool.create(
      "jdbc:h2:mem:two-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");

  TwoDispatchersH2Test() {
    new JdbcOutboxStore(dataSource).createTablesIfMissing();
  }

  @Override
  protected OutboxStore openStore() {
    return new JdbcOutboxStore(dataSource);
  }

  @AfterEach
  void closeDatabase() {
    dataSource.dispose();
  }
}
