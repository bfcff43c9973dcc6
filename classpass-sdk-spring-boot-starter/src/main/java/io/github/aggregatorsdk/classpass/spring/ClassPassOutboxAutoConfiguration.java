package io.github.aggregatorsdk.classpass.spring;

import io.github.aggregatorsdk.classpass.outbox.InMemoryOutboxStore;
import io.github.aggregatorsdk.classpass.outbox.JdbcOutboxStore;
import io.github.aggregatorsdk.classpass.outbox.OutboxStore;
import javax.sql.DataSource;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;

/**
 * The outbox that keeps outbound updates until ClassPass accepted them, unless the host declares
 * its own {@link OutboxStore}: a {@link JdbcOutboxStore} on the application's {@link DataSource}
 * when there is one (and spring-jdbc is present), its tables created at startup when missing
 * ({@code classpass.outbox.create-tables}, {@code classpass.outbox.table-name}); otherwise an
 * {@link InMemoryOutboxStore}, with a warning that updates are lost on restart.
 *
 * <p>The JDBC store writes an update queued inside a Spring-managed transaction on the same
 * {@link DataSource} in that transaction: it commits and rolls back with the host's change. All
 * its other work (the dispatcher's) runs on connections of its own, and it never commits the
 * host's work (a {@link TransactionAwareDataSourceProxy} is unwrapped for that).
 */
@AutoConfiguration(
    afterName = "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration")
@EnableConfigurationProperties(ClassPassProperties.class)
// In this order, the in-memory store being the fallback; not member classes, which would be
// parsed before the imports in no set order.
@Import({
  OutboxStoreConfigurations.Jdbc.class,
  OutboxStoreConfigurations.InMemory.class
})
public final class ClassPassOutboxAutoConfiguration {}
