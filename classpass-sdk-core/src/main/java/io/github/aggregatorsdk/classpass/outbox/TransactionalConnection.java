package io.github.aggregatorsdk.classpass.outbox;

import java.sql.Connection;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Finds the connection of the transaction the calling thread is in, so that the {@link
 * JdbcOutboxStore} writes an update in the same transaction as the change that causes it: the
 * update then commits with the change and rolls back with it, and no crash can come between
 * them. The Spring Boot starter supplies one that joins Spring-managed transactions; a plain-Java
 * host uses {@link JdbcOutboxStore#joinTransaction(Connection)} instead.
 *
 * <p>Implementations MUST be thread-safe and MUST return a connection only when the calling
 * thread's transaction is open on it, with auto-commit off. The store neither commits, rolls
 * back nor closes a connection it was given this way.
 */
@FunctionalInterface
public interface TransactionalConnection {

  /**
   * The connection of the calling thread's current transaction on {@code dataSource}.
   *
   * @param dataSource the store's data source; never null
   * @return the connection, or empty when the thread is in no transaction on that data source;
   *     never null
   */
  Optional<Connection> current(DataSource dataSource);

  /**
   * Never joins: every store operation commits on its own.
   *
   * @return the instance; never null
   */
  static TransactionalConnection none() {
    return dataSource -> Optional.empty();
  }
}
