package io.github.aggregatorsdk.classpass.spring;

import io.github.aggregatorsdk.classpass.outbox.TransactionalConnection;
import java.sql.Connection;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.ConnectionHolder;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Finds the connection of the Spring-managed transaction (JDBC or JPA transaction manager) the
 * calling thread runs in on the outbox's {@link DataSource}, so that the JDBC outbox writes an
 * update in the same transaction as the host's change. A transaction on another resource is not
 * joined: the outbox then commits its write on its own.
 */
final class SpringTransactionalConnection implements TransactionalConnection {

  @Override
  public Optional<Connection> current(DataSource dataSource) {
    if (!TransactionSynchronizationManager.isActualTransactionActive()) {
      return Optional.empty();
    }
    return TransactionSynchronizationManager.getResource(dataSource) instanceof ConnectionHolder holder
        ? Optional.of(holder.getConnection())
        : Optional.empty();
  }

  /**
   * Runs {@code work} once the current transaction has committed (never after a rollback), or at
   * once outside a transaction: the dispatcher is woken only when what it is to send is visible.
   */
  static void afterCommit(Runnable work) {
    if (TransactionSynchronizationManager.isSynchronizationActive()
        && TransactionSynchronizationManager.isActualTransactionActive()) {
      TransactionSynchronizationManager.registerSynchronization(
          new org.springframework.transaction.support.TransactionSynchronization() {
            @Override
            public void afterCommit() {
              work.run();
            }
          });
    } else {
      work.run();
    }
  }
}
