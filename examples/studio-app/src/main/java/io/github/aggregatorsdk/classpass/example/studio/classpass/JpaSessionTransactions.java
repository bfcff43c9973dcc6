package io.github.aggregatorsdk.classpass.example.studio.classpass;

import io.github.aggregatorsdk.classpass.example.studio.schedule.ClassSessions;
import io.github.aggregatorsdk.classpass.spi.SessionTransactions;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Makes the SDK's booking checks and the booking they lead to atomic per class: a database
 * transaction that first locks the class's row ({@code SELECT … FOR UPDATE}). The lock lives in the
 * database, so it holds across threads and across app instances sharing it; another reservation for
 * the same class waits until this transaction commits or rolls back, then sees its bookings.
 * Classes other than this one are not held up.
 */
@Component
class JpaSessionTransactions implements SessionTransactions {

  private final TransactionTemplate transactions;
  private final ClassSessions sessions;

  JpaSessionTransactions(PlatformTransactionManager transactionManager, ClassSessions sessions) {
    this.transactions = new TransactionTemplate(transactionManager);
    // A transaction of its own: the work's writes are committed when this method returns, even if
    // a caller had one open.
    transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    // Every statement after the lock must see what the previous holder committed; a snapshot
    // taken earlier (REPEATABLE READ) would miss its bookings and let the class overbook.
    transactions.setIsolationLevel(TransactionDefinition.ISOLATION_READ_COMMITTED);
    this.sessions = sessions;
  }

  /**
   * Runs the work in a transaction holding the class's row lock; commits when it returns, rolls
   * back and rethrows when it throws. An unknown class has no row to lock: the work runs anyway
   * (and the SDK answers that the schedule is unknown).
   */
  @Override
  public <T> T inSessionTransaction(String sessionId, Supplier<T> work) {
    return transactions.execute(
        status -> {
          // Locks the row only: the SDK's reads that follow fetch what they need.
          Ids.parse(sessionId).ifPresent(sessions::lockRowById);
          return work.get();
        });
  }
}
