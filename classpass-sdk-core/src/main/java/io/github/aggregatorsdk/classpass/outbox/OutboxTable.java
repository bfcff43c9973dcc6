package io.github.aggregatorsdk.classpass.outbox;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * One statement per method on the outbox tables, run on a connection the caller manages. Which
 * statements run together, in which transaction, is {@link JdbcOutboxStore}'s business.
 */
final class OutboxTable {

  private final OutboxSql sql;
  private final OutboxDialect dialect;
  private final String upsert;
  /** H2's {@code MERGE} can lose a race on a new key; see {@link #upsert}. */
  private final boolean upsertMayLoseKeyRace;
  private final boolean claimsAtOnce;

  OutboxTable(OutboxSql sql, OutboxDialect dialect) {
    this(sql, dialect, dialect);
  }

  /**
   * Statements for a table.
   *
   * @param database the database the connections really reach, which picks the one-statement
   *     enqueue it understands; {@code dialect} picks everything else (tests run PostgreSQL's
   *     claims on H2, which has no {@code ON CONFLICT … DO UPDATE})
   */
  OutboxTable(OutboxSql sql, OutboxDialect dialect, OutboxDialect database) {
    this.sql = sql;
    this.dialect = dialect;
    this.claimsAtOnce = database == OutboxDialect.POSTGRESQL;
    this.upsertMayLoseKeyRace = database == OutboxDialect.H2;
    this.upsert = switch (database) {
      case POSTGRESQL -> sql.upsertOnConflict;
      case H2 -> sql.upsertMerge;
      case OTHER -> null;
    };
  }

  OutboxSql sql() {
    return sql;
  }

  OutboxDialect dialect() {
    return dialect;
  }

  /** Whether {@link #upsert} enqueues in one statement on this database. */
  boolean upserts() {
    return upsert != null;
  }

  /**
   * Enqueues in one statement: inserts the key's first entry, or replaces its pending entry when
   * that is older than or as old as the event and not the event itself.
   *
   * <p>PostgreSQL's {@code ON CONFLICT} never fails on the primary key: a concurrent insert of the
   * same key makes it wait and take the update path. H2's {@code MERGE} is not atomic that way:
   * two transactions inserting the same new key at once end with one primary-key violation (seen
   * on H2 2.4.240 with 8 threads), which H2 rolls back alone, leaving the caller's transaction
   * usable; the caller tries again and then finds the row. Neither needs a savepoint.
   *
   * @return the event is now pending (true), a newer version or this event was (false), or empty
   *     when H2 lost a race on a new key and the statement must be run again
   */
  Optional<Boolean> upsert(Connection connection, OutboxEvent event, Instant now)
      throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(upsert)) {
      statement.setString(1, event.key());
      statement.setString(2, event.eventId());
      statement.setString(3, event.type().name());
      OutboxSql.setInstant(statement, 4, event.lastUpdated());
      statement.setString(5, event.payload());
      OutboxSql.setInstant(statement, 6, now);
      OutboxSql.setInstant(statement, 7, now);
      return Optional.of(statement.executeUpdate() == 1);
    } catch (SQLException e) {
      if (upsertMayLoseKeyRace && isIntegrityViolation(e)) {
        return Optional.empty();
      }
      throw e;
    }
  }

  /** Replaces the key's pending entry when it is older than or as old as the event. */
  boolean replace(Connection connection, OutboxEvent event, Instant now) throws SQLException {
    try (PreparedStatement update = connection.prepareStatement(sql.replace)) {
      update.setString(1, event.eventId());
      update.setString(2, event.type().name());
      OutboxSql.setInstant(update, 3, event.lastUpdated());
      update.setString(4, event.payload());
      OutboxSql.setInstant(update, 5, now);
      OutboxSql.setInstant(update, 6, now);
      OutboxSql.setInstant(update, 7, now);
      update.setString(8, event.key());
      OutboxSql.setInstant(update, 9, event.lastUpdated());
      update.setString(10, event.eventId());
      return update.executeUpdate() == 1;
    }
  }

  /** The id and version of a key's pending entry. */
  record PendingVersion(String eventId, Instant lastUpdated) {}

  Optional<PendingVersion> pendingVersion(Connection connection, String key) throws SQLException {
    try (PreparedStatement select = connection.prepareStatement(sql.currentVersion)) {
      select.setString(1, key);
      try (ResultSet row = select.executeQuery()) {
        return row.next()
            ? Optional.of(new PendingVersion(
                row.getString("event_id"), OutboxSql.getInstant(row, "last_updated")))
            : Optional.empty();
      }
    }
  }

  /**
   * Inserts the key's first pending entry.
   *
   * @return false when the key has one already (a concurrent insert won)
   */
  boolean insert(Connection connection, OutboxEvent event, Instant now) throws SQLException {
    // In the host's transaction a failed statement must not spoil the rest (PostgreSQL aborts
    // the whole transaction on an error): the insert gets a savepoint of its own there.
    Savepoint savepoint = connection.getAutoCommit() ? null : connection.setSavepoint();
    try (PreparedStatement insert = connection.prepareStatement(sql.insert)) {
      insert.setString(1, event.key());
      insert.setString(2, event.eventId());
      insert.setString(3, event.type().name());
      OutboxSql.setInstant(insert, 4, event.lastUpdated());
      insert.setString(5, event.payload());
      OutboxSql.setInstant(insert, 6, now);
      OutboxSql.setInstant(insert, 7, now);
      insert.executeUpdate();
      if (savepoint != null) {
        connection.releaseSavepoint(savepoint);
      }
      return true;
    } catch (SQLException e) {
      if (savepoint != null) {
        connection.rollback(savepoint);
      }
      if (isIntegrityViolation(e)) {
        return false;
      }
      throw e;
    }
  }

  /** The database server's own clock, the same for every instance sharing the database. */
  Instant databaseTime(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet row = statement.executeQuery(sql.databaseTime)) {
      row.next();
      return OutboxSql.getInstant(row, 1);
    }
  }

  /** Whether {@link #claimAtOnce} claims in one statement on this database (PostgreSQL). */
  boolean claimsAtOnce() {
    return claimsAtOnce;
  }

  /**
   * Leases up to {@code max} due entries in one statement: the candidates are picked oldest due
   * first and locked, skipping rows other claimers lock, then leased and returned.
   *
   * @return the leased entries, oldest due first
   */
  List<OutboxEntry> claimAtOnce(Connection connection, String owner, Instant now,
      Instant leaseUntil, int max) throws SQLException {
    List<OutboxEntry> claimed = new ArrayList<>();
    try (PreparedStatement update = connection.prepareStatement(sql.claimAtOnce)) {
      update.setString(1, owner);
      OutboxSql.setInstant(update, 2, leaseUntil);
      OutboxSql.setInstant(update, 3, now);
      OutboxSql.setInstant(update, 4, now);
      update.setInt(5, max);
      OutboxSql.setInstant(update, 6, now);
      OutboxSql.setInstant(update, 7, now);
      try (ResultSet rows = update.executeQuery()) {
        while (rows.next()) {
          claimed.add(OutboxSql.readEntry(rows));
        }
      }
    }
    // RETURNING keeps no order.
    claimed.sort(Comparator.comparing(OutboxEntry::nextAttemptAt)
        .thenComparing(OutboxEntry::createdAt).thenComparing(OutboxEntry::key));
    return claimed;
  }

  /** Due, unleased entries, oldest due first; locked on databases that skip locked rows. */
  List<OutboxEntry> claimCandidates(Connection connection, Instant now, int max)
      throws SQLException {
    List<OutboxEntry> candidates = new ArrayList<>();
    try (PreparedStatement select = connection.prepareStatement(sql.claimCandidates)) {
      OutboxSql.setInstant(select, 1, now);
      OutboxSql.setInstant(select, 2, now);
      select.setInt(3, max);
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          candidates.add(OutboxSql.readEntry(rows));
        }
      }
    }
    return candidates;
  }

  /** Leases one entry in the version read; false when it changed or another claimer won. */
  boolean lease(Connection connection, OutboxEntry entry, String owner, Instant now,
      Instant leaseUntil) throws SQLException {
    try (PreparedStatement update = connection.prepareStatement(sql.claimOne)) {
      update.setString(1, owner);
      OutboxSql.setInstant(update, 2, leaseUntil);
      update.setString(3, entry.key());
      update.setString(4, entry.eventId());
      OutboxSql.setInstant(update, 5, now);
      OutboxSql.setInstant(update, 6, now);
      return update.executeUpdate() == 1;
    }
  }

  /**
   * Leases entries as {@link #lease} does, in one round trip where the driver reports a count
   * per statement of a batch (H2, PostgreSQL): one statement per entry would cost a round trip
   * each, which dominated a claim of 100 entries on a busy machine.
   *
   * @return for each entry, in order, whether it was leased
   */
  boolean[] leaseAll(Connection connection, List<OutboxEntry> entries, String owner, Instant now,
      Instant leaseUntil) throws SQLException {
    boolean[] leased = new boolean[entries.size()];
    if (!dialect.countsBatches()) {
      for (int i = 0; i < leased.length; i++) {
        leased[i] = lease(connection, entries.get(i), owner, now, leaseUntil);
      }
      return leased;
    }
    try (PreparedStatement update = connection.prepareStatement(sql.claimOne)) {
      for (OutboxEntry entry : entries) {
        update.setString(1, owner);
        OutboxSql.setInstant(update, 2, leaseUntil);
        update.setString(3, entry.key());
        update.setString(4, entry.eventId());
        OutboxSql.setInstant(update, 5, now);
        OutboxSql.setInstant(update, 6, now);
        update.addBatch();
      }
      return succeeded(update, leased.length);
    }
  }

  /**
   * Deletes delivered entries as {@link #delete} does, in one round trip where the driver
   * reports a count per statement of a batch.
   *
   * @return for each entry, in order, whether it was deleted
   */
  boolean[] deleteAll(Connection connection, List<OutboxEntry> entries, String owner)
      throws SQLException {
    boolean[] deleted = new boolean[entries.size()];
    if (!dialect.countsBatches()) {
      for (int i = 0; i < deleted.length; i++) {
        deleted[i] = delete(connection, entries.get(i), owner);
      }
      return deleted;
    }
    try (PreparedStatement delete = connection.prepareStatement(sql.delete)) {
      for (OutboxEntry entry : entries) {
        delete.setString(1, entry.key());
        delete.setString(2, entry.eventId());
        delete.setString(3, owner);
        delete.addBatch();
      }
      return succeeded(delete, deleted.length);
    }
  }

  private static boolean[] succeeded(PreparedStatement batch, int size) throws SQLException {
    boolean[] succeeded = new boolean[size];
    if (size == 0) {
      return succeeded;
    }
    int[] counts = batch.executeBatch();
    if (counts.length != size) {
      throw new SQLException("the driver answered " + counts.length + " counts for a batch of "
          + size + " statements");
    }
    for (int i = 0; i < size; i++) {
      if (counts[i] == Statement.SUCCESS_NO_INFO) {
        throw new SQLException("the driver did not count the rows of a batched statement");
      }
      succeeded[i] = counts[i] == 1;
    }
    return succeeded;
  }

  /** Deletes a delivered entry still held by the owner in this version. */
  boolean delete(Connection connection, OutboxEntry entry, String owner) throws SQLException {
    try (PreparedStatement delete = connection.prepareStatement(sql.delete)) {
      delete.setString(1, entry.key());
      delete.setString(2, entry.eventId());
      delete.setString(3, owner);
      return delete.executeUpdate() == 1;
    }
  }

  /** Releases the owner's lease on the key, whatever version it holds now. */
  void release(Connection connection, OutboxEntry entry, String owner) throws SQLException {
    try (PreparedStatement update = connection.prepareStatement(sql.release)) {
      update.setString(1, entry.key());
      update.setString(2, owner);
      update.executeUpdate();
    }
  }

  /** Counts a failed attempt of an entry still held by the owner in this version. */
  boolean fail(Connection connection, OutboxEntry entry, String owner, Instant nextAttemptAt,
      String error) throws SQLException {
    try (PreparedStatement fail = connection.prepareStatement(sql.fail)) {
      OutboxSql.setInstant(fail, 1, nextAttemptAt);
      fail.setString(2, error);
      fail.setString(3, entry.key());
      fail.setString(4, entry.eventId());
      fail.setString(5, owner);
      return fail.executeUpdate() == 1;
    }
  }

  /** Locks and reads an entry still held by the owner in this version. */
  Optional<OutboxEntry> lockHeld(Connection connection, OutboxEntry entry, String owner)
      throws SQLException {
    try (PreparedStatement lock = connection.prepareStatement(sql.lockHeld)) {
      lock.setString(1, entry.key());
      lock.setString(2, entry.eventId());
      lock.setString(3, owner);
      try (ResultSet row = lock.executeQuery()) {
        return row.next() ? Optional.of(OutboxSql.readEntry(row)) : Optional.empty();
      }
    }
  }

  /** Moves a locked entry to the dead letters. */
  void moveToDead(Connection connection, DeadLetter deadLetter) throws SQLException {
    OutboxEntry entry = deadLetter.entry();
    try (PreparedStatement insert = connection.prepareStatement(sql.insertDead)) {
      OutboxSql.bindEntry(insert, entry);
      insert.setString(10, deadLetter.reason());
      OutboxSql.setInstant(insert, 11, deadLetter.deadLetteredAt());
      insert.executeUpdate();
    }
    try (PreparedStatement delete = connection.prepareStatement(sql.deletePending)) {
      delete.setString(1, entry.key());
      delete.setString(2, entry.eventId());
      delete.executeUpdate();
    }
  }

  List<DeadLetter> deadLetters(Connection connection, long offset, int size) throws SQLException {
    List<DeadLetter> items = new ArrayList<>();
    try (PreparedStatement page = connection.prepareStatement(sql.deadPage)) {
      page.setLong(1, offset);
      page.setInt(2, size);
      try (ResultSet rows = page.executeQuery()) {
        while (rows.next()) {
          items.add(OutboxSql.readDeadLetter(rows));
        }
      }
    }
    return items;
  }

  Optional<DeadLetter> deadLetter(Connection connection, String eventId) throws SQLException {
    try (PreparedStatement select = connection.prepareStatement(sql.deadById)) {
      select.setString(1, eventId);
      try (ResultSet row = select.executeQuery()) {
        return row.next() ? Optional.of(OutboxSql.readDeadLetter(row)) : Optional.empty();
      }
    }
  }

  boolean deleteDeadLetter(Connection connection, String eventId) throws SQLException {
    try (PreparedStatement delete = connection.prepareStatement(sql.deleteDead)) {
      delete.setString(1, eventId);
      return delete.executeUpdate() == 1;
    }
  }

  int purgeDeadLetters(Connection connection, Instant before) throws SQLException {
    try (PreparedStatement delete = connection.prepareStatement(sql.purgeDead)) {
      OutboxSql.setInstant(delete, 1, before);
      return delete.executeUpdate();
    }
  }

  /** Takes the job's lock when free, expired or already this owner's. */
  boolean lockJob(Connection connection, String job, String owner, Instant now, Instant until)
      throws SQLException {
    if (lockJobRow(connection, job, owner, now, until)) {
      return true;
    }
    if (readJob(connection, job, now) != null) {
      return false;
    }
    try (PreparedStatement insert = connection.prepareStatement(sql.jobInsert)) {
      insert.setString(1, job);
      insert.executeUpdate();
    } catch (SQLException e) {
      if (!isIntegrityViolation(e)) {
        throw e;
      }
    }
    return lockJobRow(connection, job, owner, now, until);
  }

  private boolean lockJobRow(Connection connection, String job, String owner, Instant now,
      Instant until) throws SQLException {
    try (PreparedStatement update = connection.prepareStatement(sql.jobLock)) {
      update.setString(1, owner);
      OutboxSql.setInstant(update, 2, until);
      OutboxSql.setInstant(update, 3, now);
      update.setString(4, job);
      OutboxSql.setInstant(update, 5, now);
      update.setString(6, owner);
      return update.executeUpdate() == 1;
    }
  }

  void finishJob(Connection connection, String job, String owner, Instant now, String outcome)
      throws SQLException {
    try (PreparedStatement update = connection.prepareStatement(sql.jobFinish)) {
      OutboxSql.setInstant(update, 1, now);
      update.setString(2, outcome);
      update.setString(3, job);
      update.setString(4, owner);
      update.executeUpdate();
    }
  }

  /** The job's last run; null when it has no row yet. */
  JobRun readJob(Connection connection, String job, Instant now) throws SQLException {
    try (PreparedStatement select = connection.prepareStatement(sql.jobRead)) {
      select.setString(1, job);
      try (ResultSet row = select.executeQuery()) {
        if (!row.next()) {
          return null;
        }
        Instant until = OutboxSql.getInstant(row, "locked_until");
        String owner = until != null && until.isAfter(now) ? row.getString("lock_owner") : null;
        return new JobRun(job,
            Optional.ofNullable(OutboxSql.getInstant(row, "last_started_at")),
            Optional.ofNullable(OutboxSql.getInstant(row, "last_finished_at")),
            Optional.ofNullable(row.getString("last_outcome")),
            Optional.ofNullable(owner));
      }
    }
  }

  OutboxCounts counts(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      long pending;
      Instant oldest;
      try (ResultSet row = statement.executeQuery(sql.pendingCounts)) {
        row.next();
        pending = row.getLong(1);
        oldest = OutboxSql.getInstant(row, 2);
      }
      return new OutboxCounts(pending, deadLetterCount(statement), oldest);
    }
  }

  long deadLetterCount(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      return deadLetterCount(statement);
    }
  }

  private long deadLetterCount(Statement statement) throws SQLException {
    try (ResultSet row = statement.executeQuery(sql.deadCount)) {
      row.next();
      return row.getLong(1);
    }
  }

  /** SQLSTATE class 23: the insert lost a race on the primary key. */
  private static boolean isIntegrityViolation(SQLException e) {
    return e.getSQLState() != null && e.getSQLState().startsWith("23");
  }
}
