package io.github.aggregatorsdk.classpass.outbox;

import io.github.aggregatorsdk.classpass.spi.Page;
import io.github.aggregatorsdk.classpass.spi.PageRequest;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A durable {@link OutboxStore} in two tables of a relational database, reached through a plain
 * {@link DataSource}: {@code classpass_outbox} (pending entries, one per key) and
 * {@code classpass_outbox_dead} (dead letters), or another configured name with {@code _dead}.
 *
 * <p>Safe when several app instances share the database: a claim leases a row with a conditional
 * update that succeeds only while no unexpired lease holds it; on PostgreSQL one statement picks
 * the candidates with {@code FOR UPDATE SKIP LOCKED}, so that claimers do not wait for each other,
 * and leases them. Coalescing relies on the primary key on the coalescing key: an enqueue is one
 * statement on H2 ({@code MERGE}) and PostgreSQL ({@code INSERT … ON CONFLICT}), three on other
 * databases. The SQL is portable apart from the
 * DDL; the database is recognised from {@link java.sql.DatabaseMetaData}. The SDK ships DDL for
 * H2 and PostgreSQL ({@code outbox-h2.sql} and {@code outbox-postgresql.sql} in this package),
 * run by {@link #createTablesIfMissing()}.
 *
 * <p><b>Transactions.</b> {@link #enqueue} joins the caller's transaction when there is one: the
 * connection bound to the calling thread by {@link #joinTransaction(Connection)}, else the one
 * the configured {@link TransactionalConnection} finds (the Spring Boot starter's finds
 * Spring-managed transactions). The update then commits or rolls back with the host's change,
 * so a crash can never come between the two. Without a transaction, and for every other method
 * (the dispatcher's work), the store borrows a connection for its work only, commits its own
 * work and gives the connection back with its auto-commit setting as it found it.
 *
 * <p>Leases are compared with each instance's clock: the clocks of instances sharing the
 * database MUST agree to well within the lease duration.
 */
public final class JdbcOutboxStore implements OutboxStore {

  private static final Logger LOG = LoggerFactory.getLogger(JdbcOutboxStore.class);

  /** The table name used unless another is configured. */
  public static final String DEFAULT_TABLE_NAME = "classpass_outbox";

  private static final int ENQUEUE_TRIES = 5;

  private final DataSource dataSource;
  private final String tableName;
  private final Clock clock;
  private final TransactionalConnection transactions;
  private final ThreadLocal<Connection> joined = new ThreadLocal<>();
  private final ThreadLocal<List<Runnable>> afterTransaction =
      ThreadLocal.withInitial(ArrayList::new);
  private volatile OutboxTable table;
  /** The dialect tests force (PostgreSQL's SQL on H2), or null to recognise the database. */
  private final OutboxDialect forcedDialect;

  /**
   * Creates a store on the default table and the system clock.
   *
   * @param dataSource where the tables live; never null
   */
  public JdbcOutboxStore(DataSource dataSource) {
    this(dataSource, DEFAULT_TABLE_NAME, Clock.systemUTC());
  }

  /**
   * Creates a store. Nothing is read from the database until the first call.
   *
   * @param dataSource where the tables live; never null
   * @param tableName the pending table's name, the dead letters get {@code _dead} appended; a
   *     plain identifier of at most 40 letters, digits and underscores
   * @param clock the source of "now" for due times and leases; never null
   * @throws IllegalArgumentException when the table name is not a plain identifier
   */
  public JdbcOutboxStore(DataSource dataSource, String tableName, Clock clock) {
    this(dataSource, tableName, clock, TransactionalConnection.none(), null);
  }

  /**
   * Creates a store whose {@link #enqueue} joins the transactions {@code transactions} finds.
   * Nothing is read from the database until the first call.
   *
   * @param dataSource where the tables live; never null
   * @param tableName the pending table's name, see {@link #JdbcOutboxStore(DataSource, String,
   *     Clock)}
   * @param clock the source of "now" for due times and leases; never null
   * @param transactions finds the caller's transaction on {@code dataSource}; never null
   * @throws IllegalArgumentException when the table name is not a plain identifier
   */
  public JdbcOutboxStore(DataSource dataSource, String tableName, Clock clock,
      TransactionalConnection transactions) {
    this(dataSource, tableName, clock, transactions, null);
  }

  /** Tests run one database's SQL on another (PostgreSQL's on H2 in PostgreSQL mode). */
  JdbcOutboxStore(DataSource dataSource, String tableName, Clock clock, OutboxDialect dialect) {
    this(dataSource, tableName, clock, TransactionalConnection.none(), dialect);
  }

  private JdbcOutboxStore(DataSource dataSource, String tableName, Clock clock,
      TransactionalConnection transactions, OutboxDialect dialect) {
    this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    this.tableName = OutboxSql.checkTableName(tableName);
    this.clock = Objects.requireNonNull(clock, "clock");
    this.transactions = Objects.requireNonNull(transactions, "transactions");
    this.forcedDialect = dialect;
  }

  /**
   * Creates both tables and their indexes unless they exist; safe to call on every start, from
   * several instances at once.
   *
   * @throws UnsupportedOperationException when the database is neither H2 nor PostgreSQL; create
   *     the tables by hand then
   * @throws OutboxStoreException when the database fails
   */
  public void createTablesIfMissing() {
    run("create the outbox tables", connection -> {
      OutboxTable outbox = table(connection);
      OutboxSchema.createIfMissing(connection, outbox.dialect(), outbox.sql());
      return null;
    });
  }

  /**
   * Binds the host's transaction to the calling thread until the returned handle is closed:
   * every {@link #enqueue} on this thread in between writes on {@code connection}, so the update
   * commits or rolls back with the host's change. For plain-Java hosts that manage their own JDBC
   * transactions:
   *
   * <pre>{@code
   * connection.setAutoCommit(false);
   * try (JdbcOutboxStore.Joined joined = outbox.joinTransaction(connection)) {
   *   ... the host's change, then sync.sessionChanged(id) ...
   *   connection.commit();
   * }
   * }</pre>
   *
   * @param connection the open transaction's connection, auto-commit off, on this store's
   *     database; never null. The store neither commits, rolls back nor closes it
   * @return the binding; close it on the same thread when the transaction ends; never null
   * @throws IllegalStateException when the thread is bound to another connection already
   */
  public Joined joinTransaction(Connection connection) {
    Objects.requireNonNull(connection, "connection");
    Connection current = joined.get();
    if (current != null && current != connection) {
      throw new IllegalStateException("this thread has joined another transaction already");
    }
    joined.set(connection);
    return current == null ? this::leaveTransaction : () -> {};
  }

  /** Unbinds the thread, then runs what waited for the transaction's end. */
  private void leaveTransaction() {
    joined.remove();
    List<Runnable> tasks = afterTransaction.get();
    afterTransaction.remove();
    for (Runnable task : tasks) {
      try {
        task.run();
      } catch (RuntimeException e) {
        LOG.warn("a task after the joined transaction failed with {}", e.getClass().getName());
      }
    }
  }

  /**
   * Runs {@code task} once the transaction this thread joined ({@link #joinTransaction}) has
   * ended, when its {@link Joined} handle is closed; at once when the thread joined none. {@code
   * ClassPassIntegration} wakes the dispatcher this way, so that an update queued in a plain-Java
   * host's transaction leaves as soon as it is committed instead of at the next dispatch interval.
   *
   * @param task what to run; never null; a failure is logged, never thrown
   */
  public void afterTransaction(Runnable task) {
    Objects.requireNonNull(task, "task");
    if (joined.get() == null) {
      task.run();
    } else {
      afterTransaction.get().add(task);
    }
  }

  /**
   * The binding of {@link #joinTransaction(Connection)}; closing it unbinds the thread.
   */
  @FunctionalInterface
  public interface Joined extends AutoCloseable {

    /** Unbinds the calling thread's transaction; never throws. */
    @Override
    void close();
  }

  @Override
  public Optional<Instant> sharedTime() {
    OutboxTable known = table;
    if (known != null && known.dialect() != OutboxDialect.POSTGRESQL) {
      // Only PostgreSQL's clock is read; for the others no connection need be borrowed.
      return Optional.empty();
    }
    return inCallerTransaction("read the database time", connection -> {
      OutboxTable outbox = table(connection);
      return outbox.dialect() == OutboxDialect.POSTGRESQL
          ? Optional.of(outbox.databaseTime(connection))
          : Optional.<Instant>empty();
    });
  }

  @Override
  public boolean enqueue(OutboxEvent event) {
    Objects.requireNonNull(event, "event");
    return inCallerTransaction("enqueue event " + event.eventId() + " for " + event.key(),
        connection -> {
      OutboxTable outbox = table(connection);
      if (outbox.upserts()) {
        for (int i = 0; i < ENQUEUE_TRIES; i++) {
          Optional<Boolean> queued = outbox.upsert(connection, event, OutboxArguments.now(clock));
          if (queued.isPresent()) {
            return queued.get();
          }
        }
        throw new SQLException("the key was inserted concurrently " + ENQUEUE_TRIES + " times");
      }
      // Databases without a one-statement upsert: update, else read, else insert.
      for (int i = 0; i < ENQUEUE_TRIES; i++) {
        Instant now = OutboxArguments.now(clock);
        if (outbox.replace(connection, event, now)) {
          return true;
        }
        Optional<OutboxTable.PendingVersion> pending =
            outbox.pendingVersion(connection, event.key());
        if (pending.isPresent()) {
          if (pending.get().eventId().equals(event.eventId())
              || pending.get().lastUpdated().isAfter(event.lastUpdated())) {
            return false;
          }
          continue; // an older version was queued after the update looked: replace that one
        }
        if (outbox.insert(connection, event, now)) {
          return true;
        }
      }
      throw new SQLException("the key changed " + ENQUEUE_TRIES + " times while enqueueing");
        });
  }

  @Override
  public List<OutboxEntry> claim(String owner, int max, Duration lease) {
    OutboxArguments.owner(owner);
    OutboxArguments.max(max);
    OutboxArguments.lease(lease);
    return run("claim outbox entries", connection -> {
      OutboxTable outbox = table(connection);
      if (outbox.claimsAtOnce()) {
        Instant now = OutboxArguments.now(clock);
        return outbox.claimAtOnce(connection, owner, now, now.plus(lease), max);
      }
      return claimInSteps(connection, outbox, owner, max, lease);
    });
  }

  /** Reads candidates, then leases each in the version read, in one transaction. */
  private List<OutboxEntry> claimInSteps(Connection connection, OutboxTable outbox, String owner,
      int max, Duration lease) throws SQLException {
    return inTransaction(connection, () -> {
      Instant now = OutboxArguments.now(clock);
      List<OutboxEntry> candidates = outbox.claimCandidates(connection, now, max);
      // Leased in key order so that concurrent claimers that wait for rows lock them in one order.
      List<OutboxEntry> byKey = new ArrayList<>(candidates);
      byKey.sort(Comparator.comparing(OutboxEntry::key));
      boolean[] taken = outbox.leaseAll(connection, byKey, owner, now, now.plus(lease));
      Set<String> leased = new HashSet<>();
      for (int i = 0; i < taken.length; i++) {
        if (taken[i]) {
          leased.add(byKey.get(i).key());
        }
      }
      candidates.removeIf(entry -> !leased.contains(entry.key()));
      return candidates;
    });
  }

  @Override
  public void release(String owner, List<OutboxEntry> entries) {
    OutboxArguments.owner(owner);
    OutboxArguments.entries(entries);
    run("release outbox entries", connection -> {
      OutboxTable outbox = table(connection);
      for (OutboxEntry entry : entries) {
        outbox.release(connection, entry, owner);
      }
      return null;
    });
  }

  @Override
  public void markSent(String owner, List<OutboxEntry> entries) {
    OutboxArguments.owner(owner);
    OutboxArguments.entries(entries);
    run("mark outbox entries sent", connection -> inTransaction(connection, () -> {
      OutboxTable outbox = table(connection);
      boolean[] deleted = outbox.deleteAll(connection, entries, owner);
      for (int i = 0; i < deleted.length; i++) {
        if (!deleted[i]) {
          outbox.release(connection, entries.get(i), owner);
        }
      }
      return null;
    }));
  }

  @Override
  public void markFailed(
      String owner, List<OutboxEntry> entries, Duration retryAfter, String error) {
    OutboxArguments.owner(owner);
    OutboxArguments.entries(entries);
    OutboxArguments.retryAfter(retryAfter);
    String lastError = OutboxArguments.shortText(error, "error");
    run("mark outbox entries failed", connection -> {
      OutboxTable outbox = table(connection);
      Instant next = OutboxArguments.now(clock).plus(retryAfter);
      for (OutboxEntry entry : entries) {
        if (!outbox.fail(connection, entry, owner, next, lastError)) {
          outbox.release(connection, entry, owner);
        }
      }
      return null;
    });
  }

  @Override
  public Optional<DeadLetter> deadLetter(String owner, OutboxEntry entry, String reason) {
    OutboxArguments.owner(owner);
    Objects.requireNonNull(entry, "entry");
    String shortReason = OutboxArguments.shortText(reason, "reason");
    return run("dead-letter event " + entry.eventId() + " for " + entry.key(), connection -> {
      OutboxTable outbox = table(connection);
      Optional<DeadLetter> moved = inTransaction(connection, () -> {
        Optional<OutboxEntry> held = outbox.lockHeld(connection, entry, owner);
        if (held.isEmpty()) {
          return Optional.<DeadLetter>empty();
        }
        DeadLetter deadLetter =
            new DeadLetter(held.get(), shortReason, OutboxArguments.now(clock));
        outbox.moveToDead(connection, deadLetter);
        return Optional.of(deadLetter);
      });
      if (moved.isEmpty()) {
        outbox.release(connection, entry, owner);
      }
      return moved;
    });
  }

  @Override
  public Page<DeadLetter> deadLetters(PageRequest request) {
    Objects.requireNonNull(request, "request");
    return run("list dead letters", connection -> {
      OutboxTable outbox = table(connection);
      List<DeadLetter> items = outbox.deadLetters(connection, request.offset(), request.size());
      return new Page<>(items, outbox.deadLetterCount(connection), request);
    });
  }

  @Override
  public OutboxCounts counts() {
    return run("count outbox entries", connection -> table(connection).counts(connection));
  }

  @Override
  public boolean tryLockJob(String job, String owner, Duration ttl) {
    OutboxArguments.job(job);
    OutboxArguments.owner(owner);
    OutboxArguments.lease(ttl);
    return run("lock job " + job, connection -> {
      Instant now = OutboxArguments.now(clock);
      return table(connection).lockJob(connection, job, owner, now, now.plus(ttl));
    });
  }

  @Override
  public void finishJob(String job, String owner, String outcome) {
    OutboxArguments.job(job);
    OutboxArguments.owner(owner);
    String text = OutboxArguments.shortText(outcome, "outcome");
    run("finish job " + job, connection -> {
      table(connection).finishJob(connection, job, owner, OutboxArguments.now(clock), text);
      return null;
    });
  }

  @Override
  public JobRun lastJobRun(String job) {
    OutboxArguments.job(job);
    return run("read job " + job, connection -> {
      JobRun run = table(connection).readJob(connection, job, OutboxArguments.now(clock));
      return run == null ? JobRun.never(job) : run;
    });
  }

  @Override
  public int purgeDeadLetters(Instant before) {
    Objects.requireNonNull(before, "before");
    return run("purge dead letters",
        connection -> table(connection).purgeDeadLetters(connection, before));
  }

  @Override
  public boolean discardDeadLetter(String eventId) {
    Objects.requireNonNull(eventId, "eventId");
    return run("discard dead letter " + eventId,
        connection -> table(connection).deleteDeadLetter(connection, eventId));
  }

  @Override
  public boolean requeueDeadLetter(String eventId) {
    Objects.requireNonNull(eventId, "eventId");
    Optional<DeadLetter> deadLetter = run("read dead letter " + eventId,
        connection -> table(connection).deadLetter(connection, eventId));
    if (deadLetter.isEmpty()) {
      return false;
    }
    // Queued first, removed second: a failure in between leaves a duplicate, never a loss.
    enqueue(deadLetter.get().entry().event());
    run("remove dead letter " + eventId,
        connection -> table(connection).deleteDeadLetter(connection, eventId));
    return true;
  }

  @Override
  public String toString() {
    return "JdbcOutboxStore[table=" + tableName + "]";
  }

  /** The statements for this store's table, built once the database is known. */
  private OutboxTable table(Connection connection) throws SQLException {
    OutboxTable known = table;
    if (known == null) {
      OutboxDialect database =
          OutboxDialect.forProductName(connection.getMetaData().getDatabaseProductName());
      OutboxDialect dialect = forcedDialect != null ? forcedDialect : database;
      known = new OutboxTable(new OutboxSql(tableName, dialect), dialect, database);
      table = known;
    }
    return known;
  }

  /**
   * Runs work on the caller's transaction when it is in one (left uncommitted and open), else as
   * {@link #run} does.
   */
  private <T> T inCallerTransaction(String operation, ConnectionWork<T> work) {
    Connection callers = joined.get();
    if (callers == null) {
      callers = transactions.current(dataSource).orElse(null);
    }
    if (callers == null) {
      return run(operation, work);
    }
    try {
      return work.run(callers);
    } catch (SQLException e) {
      throw failure(operation, e);
    }
  }

  private OutboxStoreException failure(String operation, SQLException e) {
    return new OutboxStoreException("Could not " + operation + " in table " + tableName
        + " (SQLState " + e.getSQLState() + ")", e);
  }

  /**
   * Runs work on a borrowed connection in auto-commit mode and translates failures; the message
   * names the operation and table, never a payload.
   */
  private <T> T run(String operation, ConnectionWork<T> work) {
    try (Connection connection = dataSource.getConnection()) {
      boolean autoCommit = connection.getAutoCommit();
      if (!autoCommit) {
        connection.setAutoCommit(true);
      }
      try {
        return work.run(connection);
      } finally {
        if (!autoCommit) {
          connection.setAutoCommit(false);
        }
      }
    } catch (SQLException e) {
      throw failure(operation, e);
    }
  }

  /** Runs work in one transaction: committed when it returns, rolled back when it throws. */
  private static <T> T inTransaction(Connection connection, TransactionWork<T> work)
      throws SQLException {
    connection.setAutoCommit(false);
    try {
      T result = work.run();
      connection.commit();
      return result;
    } catch (SQLException | RuntimeException e) {
      try {
        connection.rollback();
      } catch (SQLException rollbackFailure) {
        e.addSuppressed(rollbackFailure);
      }
      throw e;
    } finally {
      connection.setAutoCommit(true);
    }
  }

  @FunctionalInterface
  private interface ConnectionWork<T> {
    T run(Connection connection) throws SQLException;
  }

  @FunctionalInterface
  private interface TransactionWork<T> {
    T run() throws SQLException;
  }
}
