package io.github.aggregatorsdk.classpass.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.aggregatorsdk.classpass.outbox.InMemoryOutboxStore;
import io.github.aggregatorsdk.classpass.outbox.JdbcOutboxStore;
import io.github.aggregatorsdk.classpass.outbox.OutboxEvent;
import io.github.aggregatorsdk.classpass.outbox.OutboxEventType;
import io.github.aggregatorsdk.classpass.outbox.OutboxStore;
import io.github.aggregatorsdk.classpass.outbox.OutboxStoreException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.StringUtils;

@ExtendWith(OutputCaptureExtension.class)
class ClassPassOutboxAutoConfigurationTest {

  private static final String NOT_DURABLE = "the outbox is not durable";

  private final ApplicationContextRunner runner =
      new ApplicationContextRunner()
          .withConfiguration(AutoConfigurations.of(ClassPassOutboxAutoConfiguration.class));

  @Test
  void withoutDataSourceUpdatesAreQueuedInMemoryWithOneWarning(CapturedOutput output) {
    runner.run(context -> {
      assertThat(context).hasSingleBean(OutboxStore.class);
      assertThat(context).getBean(OutboxStore.class).isInstanceOf(InMemoryOutboxStore.class);
    });

    assertThat(StringUtils.countOccurrencesOf(output.getAll(), NOT_DURABLE)).isOne();
    assertThat(output.getAll()).contains("WARN");
  }

  @Test
  void aDataSourceMakesTheOutboxDurableInItsConfiguredTable(CapturedOutput output) {
    JdbcDataSource database = H2.newDatabase();

    runner.withBean(DataSource.class, () -> database)
        .withPropertyValues("classpass.outbox.table-name=studio_classpass_outbox")
        .run(context -> {
          assertThat(context).getBean(OutboxStore.class).isInstanceOf(JdbcOutboxStore.class);
          assertThat(H2.tableExists(database, "studio_classpass_outbox")).isTrue();
          assertThat(H2.tableExists(database, "studio_classpass_outbox_dead")).isTrue();

          context.getBean(OutboxStore.class).enqueue(event("schedule:s-1"));
          assertThat(H2.pendingKeys(database, "studio_classpass_outbox"))
              .containsExactly("schedule:s-1");
        });

    assertThat(output.getAll()).doesNotContain(NOT_DURABLE);
  }

  @Test
  void tablesAreLeftToTheHostWhenCreateTablesIsOff() {
    JdbcDataSource database = H2.newDatabase();

    runner.withBean(DataSource.class, () -> database)
        .withPropertyValues("classpass.outbox.create-tables=false")
        .run(context -> {
          assertThat(context).hasNotFailed();
          assertThat(H2.tableExists(database, "classpass_outbox")).isFalse();
          OutboxStore store = context.getBean(OutboxStore.class);
          assertThatThrownBy(store::counts)
              .isInstanceOf(OutboxStoreException.class);
        });
  }

  @Test
  void aTableNameThatIsNoPlainIdentifierStopsStartupNamingTheProperty() {
    runner.withBean(DataSource.class, H2::newDatabase)
        .withPropertyValues("classpass.outbox.table-name=outbox; DROP TABLE customers")
        .run(context -> {
          assertThat(context).hasFailed();
          assertThat(new ClassPassFailureAnalyzer().analyze(context.getStartupFailure())
                  .getDescription())
              .contains("classpass.outbox.table-name")
              .doesNotContain("DROP TABLE");
        });
  }

  @Test
  void theHostsOutboxStoreWins() {
    InMemoryOutboxStore own = new InMemoryOutboxStore();

    runner.withBean(DataSource.class, H2::newDatabase)
        .withBean(OutboxStore.class, () -> own)
        .run(context -> assertThat(context).getBean(OutboxStore.class).isSameAs(own));
  }

  @Test
  void withoutSpringJdbcTheOutboxStaysInMemory() {
    runner.withBean(DataSource.class, H2::newDatabase)
        .withClassLoader(new FilteredClassLoader("org.springframework.jdbc"))
        .run(context -> assertThat(context).getBean(OutboxStore.class)
            .isInstanceOf(InMemoryOutboxStore.class));
  }

  @Test
  void theJdbcOutboxWritesInTheHostsTransactionAndNeverCommitsIt() {
    JdbcDataSource database = H2.newDatabase();
    DataSource transactionAware = new TransactionAwareDataSourceProxy(database);

    runner.withBean(DataSource.class, () -> transactionAware)
        .run(context -> {
          OutboxStore store = context.getBean(OutboxStore.class);
          TransactionTemplate transactions =
              new TransactionTemplate(new DataSourceTransactionManager(database));
          try (Statement statement = database.getConnection().createStatement()) {
            statement.execute("CREATE TABLE host_work (id INT)");
          }
          for (boolean rollBack : new boolean[] {true, false}) {
            transactions.executeWithoutResult(status -> {
              try (Statement statement = transactionAware.getConnection().createStatement()) {
                statement.execute("INSERT INTO host_work VALUES (1)");
              } catch (SQLException e) {
                throw new IllegalStateException(e);
              }
              store.enqueue(event("schedule:s-1"));
              assertThat(store.counts().pending()).as("not committed by the store").isZero();
              if (rollBack) {
                status.setRollbackOnly();
              }
            });
            // The update went with the host's insert: rolled back with it, committed with it.
            try (ResultSet rows = database.getConnection().createStatement()
                .executeQuery("SELECT COUNT(*) FROM host_work")) {
              rows.next();
              assertThat(rows.getInt(1)).isEqualTo(rollBack ? 0 : 1);
            }
            assertThat(store.counts().pending()).isEqualTo(rollBack ? 0 : 1);
          }
        });
  }

  private static OutboxEvent event(String key) {
    return new OutboxEvent(
        "e-" + key, OutboxEventType.SCHEDULE, key, Instant.parse("2026-01-01T00:00:00Z"), "{}");
  }
}
