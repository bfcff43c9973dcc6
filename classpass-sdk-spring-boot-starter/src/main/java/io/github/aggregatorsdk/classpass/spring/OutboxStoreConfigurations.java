package io.github.aggregatorsdk.classpass.spring;

import io.github.aggregatorsdk.classpass.outbox.InMemoryOutboxStore;
import io.github.aggregatorsdk.classpass.outbox.JdbcOutboxStore;
import io.github.aggregatorsdk.classpass.outbox.OutboxStore;
import java.time.Clock;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnSingleCandidate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;

/** The outbox stores {@link ClassPassOutboxAutoConfiguration} chooses from, in that order. */
final class OutboxStoreConfigurations {

  private OutboxStoreConfigurations() {}

  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass({DataSource.class, TransactionAwareDataSourceProxy.class})
  @ConditionalOnSingleCandidate(DataSource.class)
  static class Jdbc {

    @Bean
    @ConditionalOnMissingBean(OutboxStore.class)
    JdbcOutboxStore classPassOutboxStore(
        DataSource dataSource, ClassPassProperties properties, ObjectProvider<Clock> clock) {
      ClassPassProperties.Outbox outbox = properties.getOutbox();
      JdbcOutboxStore store;
      try {
        store = new JdbcOutboxStore(ownConnections(dataSource), outbox.getTableName(),
            clock.getIfAvailable(Clock::systemUTC), new SpringTransactionalConnection());
      } catch (IllegalArgumentException e) {
        throw new ClassPassConfigurationException(
            "classpass.outbox.table-name",
            "not a plain table name (at most 40 letters, digits and underscores)",
            "Set classpass.outbox.table-name to a plain identifier such as classpass_outbox.");
      }
      if (outbox.isCreateTables()) {
        createTables(store, outbox.getTableName());
      }
      return store;
    }

    private static void createTables(JdbcOutboxStore store, String tableName) {
      try {
        store.createTablesIfMissing();
      } catch (UnsupportedOperationException e) {
        throw new ClassPassConfigurationException(
            "classpass.outbox.create-tables",
            "the SDK can create the outbox tables on H2 and PostgreSQL only",
            "Create the tables " + tableName + " and " + tableName + "_dead yourself (the DDL"
                + " for H2 and PostgreSQL in io/github/aggregatorsdk/classpass/outbox/ of"
                + " classpass-sdk-core shows their shape) and set"
                + " classpass.outbox.create-tables=false.");
      }
    }

    /**
     * The store finds the host's transaction itself (to join it for an enqueue only), so it is
     * handed the plain data source, never a proxy that would put all its work in that
     * transaction.
     */
    private static DataSource ownConnections(DataSource dataSource) {
      return dataSource instanceof TransactionAwareDataSourceProxy proxy
          && proxy.getTargetDataSource() != null
          ? proxy.getTargetDataSource()
          : dataSource;
    }
  }

  @Configuration(proxyBeanMethods = false)
  static class InMemory {

    private static final Logger LOG =
        LoggerFactory.getLogger(ClassPassOutboxAutoConfiguration.class);

    @Bean
    @ConditionalOnMissingBean(OutboxStore.class)
    InMemoryOutboxStore classPassOutboxStore(ObjectProvider<Clock> clock) {
      LOG.warn("ClassPass updates are queued in memory and lost on restart: the outbox is not"
          + " durable. Provide a DataSource bean (with spring-jdbc) for the JDBC outbox, or an"
          + " OutboxStore bean of your own.");
      return new InMemoryOutboxStore(clock.getIfAvailable(Clock::systemUTC));
    }
  }
}
