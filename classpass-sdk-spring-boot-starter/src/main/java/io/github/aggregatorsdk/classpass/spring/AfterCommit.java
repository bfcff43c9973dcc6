package io.github.aggregatorsdk.classpass.spring;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Runs work after the current transaction commits, never after a rollback, and at once when no
 * transaction is active: what {@code @TransactionalEventListener(phase = AFTER_COMMIT,
 * fallbackExecution = true)} does, without depending on the host enabling transaction management,
 * which that annotation needs to be more than a plain {@code @EventListener}.
 */
final class AfterCommit implements SyncEventListener.Deferral {

  @Override
  public void defer(Runnable work) {
    if (TransactionSynchronizationManager.isSynchronizationActive()
        && TransactionSynchronizationManager.isActualTransactionActive()) {
      TransactionSynchronizationManager.registerSynchronization(
          new TransactionSynchronization() {
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
