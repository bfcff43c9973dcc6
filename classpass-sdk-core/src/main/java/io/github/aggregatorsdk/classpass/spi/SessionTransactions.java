package io.github.aggregatorsdk.classpass.spi;

import java.util.function.Supplier;

/**
 * The isolation the host provides so that ClassPass can never overbook a class or book a user
 * twice. The rules (class not full, ClassPass cap not reached, user not already booked) live in
 * the SDK; the host makes them atomic with the booking they lead to.
 *
 * <p>A typical implementation opens a database transaction, locks the session's row with
 * {@code SELECT … FOR UPDATE} (or a pessimistic JPA lock), runs the work and commits. An
 * in-process lock is NOT enough when several app instances share the database.
 */
public interface SessionTransactions {

  /**
   * Runs {@code work} atomically for one class session.
   *
   * <p>The implementation MUST ensure that no other call for the same session id runs its work
   * at the same time, in this process or in any other instance sharing the data; calls for
   * different sessions may run in parallel. Every write the work makes through the repositories
   * MUST be committed when the work returns and rolled back when it throws; the exception is then
   * rethrown unchanged. Reads inside the work MUST see the writes of every earlier call for the
   * session. When no session with this id exists, the work MUST still run (the SDK then answers
   * that the schedule is unknown). Calls are not nested.
   *
   * @param sessionId the session the work reads and books into; never null
   * @param work the SDK's checks and writes; never null
   * @param <T> the work's result
   * @return what the work returned
   */
  <T> T inSessionTransaction(String sessionId, Supplier<T> work);
}
