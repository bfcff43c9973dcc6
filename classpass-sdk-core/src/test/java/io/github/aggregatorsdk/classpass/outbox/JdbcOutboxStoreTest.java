package io.github.aggregatorsdk.classpass.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The contract on a real embedded H2 database, plus what only the JDBC store does. */
class JdbcOutboxStoreTest extends OutboxStoreContract {

  private final JdbcDataSource dataSource = new JdbcDataSource();

  JdbcOutboxStoreTest() {
    dataSource.setURL("jdbc:h2:mem:outbox-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
  }

  @Override
  protected OutboxStore createStore(Clock clock) {
    JdbcOutboxStore store = new JdbcOutboxStore(dataSource, "classpass_outbox", clock);
    store.createTablesIfMissing();
    return store;
  }

  @Override
  protected OutboxStore openAnotherStore(Clock clock) {
    return new JdbcOutboxStore(dataSource, "classpass_outbox", clock);
  }

  @AfterEach
  void dropDatabase() throws SQLException {
    execute("SHUTDOWN");
  }

  @Test
  void creatingTheTablesAgainKeepsTheirRows() {
    JdbcOutboxStore store = new JdbcOutboxStore(dataSource);
    store.createTablesIfMissing();
    store.enqueue(event());

    store.createTablesIfMissing();

    assertThat(store.counts().pending()).isEqualTo(1);
  }

  @Test
  void configuredTableNameIsUsedForBothTables() throws SQLException {
    JdbcOutboxStore store = new JdbcOutboxStore(dataSource, "studio_outbox", Clock.systemUTC());
    store.createTablesIfMissing();

    store.enqueue(event());

    assertThat(count("studio_outbox")).isEqualTo(1);
    assertThat(count("studio_outbox_dead")).isZero();
  }

  @Test
  void tableNameThatIsNotAPlainIdentifierIsRejected() {
    for (String name : new String[] {"outbox; DROP TABLE x", "1outbox", "public.outbox", "",
        "a".repeat(41)}) {
      assertThatThrownBy(() -> new JdbcOutboxStore(dataSource, name, Clock.systemUTC()))
          .as(name)
          .isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Test
  void databaseFailureIsAnOutboxStoreExceptionThatDoesNotShowThePayload() {
    JdbcOutboxStore store = new JdbcOutboxStore(dataSource, "missing_table", Clock.systemUTC());
    OutboxEvent event = new OutboxEvent("e-1", OutboxEventType.RESERVATION, "reservation:1",
        Instant.parse("2026-03-02T09:00:00Z"), "{\"cp_user_id\":\"secret-user\"}");

    assertThatThrownBy(() -> store.enqueue(event))
        .isInstanceOf(OutboxStoreException.class)
        .hasMessageContaining("missing_table")
        .hasMessageNotContaining("secret-user")
        .hasCauseInstanceOf(SQLException.class);
  }

  @Test
  void connectionIsReturnedWithTheAutoCommitItHad() throws SQLException {
    JdbcOutboxStore store = new JdbcOutboxStore(dataSource);
    store.createTablesIfMissing();
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(false);
      JdbcOutboxStore onOneConnection = new JdbcOutboxStore(
          new SingleConnectionDataSource(connection), JdbcOutboxStore.DEFAULT_TABLE_NAME,
          Clock.systemUTC());

      onOneConnection.enqueue(event());
      onOneConnection.claim("owner", 10, java.time.Duration.ofMinutes(1));

      assertThat(connection.getAutoCommit()).isFalse();
    }
    assertThat(store.counts().pending()).as("committed").isEqualTo(1);
  }

  @Test
  void h2IsRecognisedAndClaimsWithoutSkipLocked() throws SQLException {
    try (Connection connection = dataSource.getConnection()) {
      String product = connection.getMetaData().getDatabaseProductName();

      assertThat(OutboxDialect.forProductName(product)).isEqualTo(OutboxDialect.H2);
    }
    assertThat(new OutboxSql("t", OutboxDialect.H2).claimCandidates).doesNotContain("SKIP LOCKED");
    assertThat(new OutboxSql("t", OutboxDialect.POSTGRESQL).claimCandidates)
        .endsWith("FOR UPDATE SKIP LOCKED");
    assertThat(OutboxDialect.forProductName("PostgreSQL")).isEqualTo(OutboxDialect.POSTGRESQL);
    assertThat(OutboxDialect.forProductName("Oracle")).isEqualTo(OutboxDialect.OTHER);
  }

  private static OutboxEvent event() {
    return new OutboxEvent(UUID.randomUUID().toString(), OutboxEventType.SCHEDULE, "schedule:1",
        Instant.parse("2026-03-02T09:00:00Z"), "{}");
  }

  private long count(String table) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement();
        var rows = statement.executeQuery("SELECT COUNT(*) FROM " + table)) {
      rows.next();
      return rows.getLong(1);
    }
  }

  private void execute(String sql) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }
}
