package io.github.aggregatorsdk.classpass.outbox;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.regex.Pattern;

/**
 * The statements of the JDBC outbox for one table name, and the conversions they share. Values
 * are always bound as parameters; only the validated table name is put into the SQL text.
 */
final class OutboxSql {

  private static final Pattern TABLE_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,39}");

  private static final String ENTRY_COLUMNS =
      "coalescing_key, event_id, event_type, last_updated, payload, created_at, attempts,"
          + " next_attempt_at, last_error";

  final String table;
  final String deadTable;
  final String insert;
  final String replace;
  final String upsertOnConflict;
  final String upsertMerge;
  final String currentVersion;
  final String claimCandidates;
  final String claimOne;
  final String claimAtOnce;
  final String delete;
  final String release;
  final String fail;
  final String lockHeld;
  final String deletePending;
  final String insertDead;
  final String deadPage;
  final String deadCount;
  final String deadById;
  final String deleteDead;
  final String pendingCounts;
  final String purgeDead;
  final String jobTable;
  final String jobInsert;
  final String jobLock;
  final String jobFinish;
  final String jobRead;
  final String databaseTime = "SELECT CAST(clock_timestamp() AS TIMESTAMP(6) WITH TIME ZONE)";

  OutboxSql(String table, OutboxDialect dialect) {
    this.table = checkTableName(table);
    this.deadTable = table + "_dead";
    String due = "next_attempt_at <= ? AND (lease_until IS NULL OR lease_until <= ?)";
    insert = "INSERT INTO " + table + " (coalescing_key, event_id, event_type, last_updated,"
        + " payload, created_at, attempts, next_attempt_at) VALUES (?, ?, ?, ?, ?, ?, 0, ?)";
    replace = "UPDATE " + table + " SET event_id = ?, event_type = ?, last_updated = ?,"
        + " payload = ?, created_at = ?, attempts = 0, last_error = NULL, next_attempt_at ="
        + " CASE WHEN next_attempt_at > ? THEN ? ELSE next_attempt_at END"
        + " WHERE coalescing_key = ? AND last_updated <= ? AND event_id <> ?";
    // One statement per enqueue, with the version rule of replace: insert the key's first entry,
    // or replace the pending one unless it is newer or this very event (0 rows then).
    upsertOnConflict = "INSERT INTO " + table + " AS pending (coalescing_key, event_id,"
        + " event_type, last_updated, payload, created_at, attempts, next_attempt_at)"
        + " VALUES (?, ?, ?, ?, ?, ?, 0, ?) ON CONFLICT (coalescing_key) DO UPDATE SET"
        + " event_id = EXCLUDED.event_id, event_type = EXCLUDED.event_type,"
        + " last_updated = EXCLUDED.last_updated, payload = EXCLUDED.payload,"
        + " created_at = EXCLUDED.created_at, attempts = 0, last_error = NULL, next_attempt_at ="
        + " CASE WHEN pending.next_attempt_at > EXCLUDED.next_attempt_at"
        + " THEN EXCLUDED.next_attempt_at ELSE pending.next_attempt_at END"
        + " WHERE pending.last_updated <= EXCLUDED.last_updated"
        + " AND pending.event_id <> EXCLUDED.event_id";
    String timestamp = "TIMESTAMP(6) WITH TIME ZONE";
    upsertMerge = "MERGE INTO " + table + " pending USING (VALUES (CAST(? AS VARCHAR(200)),"
        + " CAST(? AS VARCHAR(100)), CAST(? AS VARCHAR(20)), CAST(? AS " + timestamp + "),"
        + " CAST(? AS CHARACTER LARGE OBJECT), CAST(? AS " + timestamp + "), CAST(? AS "
        + timestamp + "))) AS queued (coalescing_key, event_id, event_type, last_updated,"
        + " payload, created_at, next_attempt_at) ON pending.coalescing_key ="
        + " queued.coalescing_key WHEN MATCHED AND pending.last_updated <= queued.last_updated"
        + " AND pending.event_id <> queued.event_id THEN UPDATE SET"
        + " event_id = queued.event_id, event_type = queued.event_type,"
        + " last_updated = queued.last_updated, payload = queued.payload,"
        + " created_at = queued.created_at, attempts = 0, last_error = NULL, next_attempt_at ="
        + " CASE WHEN pending.next_attempt_at > queued.next_attempt_at"
        + " THEN queued.next_attempt_at ELSE pending.next_attempt_at END"
        + " WHEN NOT MATCHED THEN INSERT (coalescing_key, event_id, event_type, last_updated,"
        + " payload, created_at, attempts, next_attempt_at) VALUES (queued.coalescing_key,"
        + " queued.event_id, queued.event_type, queued.last_updated, queued.payload,"
        + " queued.created_at, 0, queued.next_attempt_at)";
    currentVersion = "SELECT event_id, last_updated FROM " + table + " WHERE coalescing_key = ?";
    claimCandidates = "SELECT " + ENTRY_COLUMNS + " FROM " + table + " WHERE " + due
        + " ORDER BY next_attempt_at, created_at, coalescing_key FETCH FIRST ? ROWS ONLY"
        + dialect.claimLockClause();
    // PostgreSQL: candidates locked and skipped as in claimCandidates, leased in the same
    // statement.
    claimAtOnce = "UPDATE " + table + " SET lease_owner = ?, lease_until = ?"
        + " WHERE coalescing_key IN (SELECT coalescing_key FROM " + table + " WHERE " + due
        + " ORDER BY next_attempt_at, created_at, coalescing_key LIMIT ? FOR UPDATE SKIP LOCKED)"
        + " AND " + due + " RETURNING " + ENTRY_COLUMNS;
    claimOne = "UPDATE " + table + " SET lease_owner = ?, lease_until = ?"
        + " WHERE coalescing_key = ? AND event_id = ? AND " + due;
    delete = "DELETE FROM " + table
        + " WHERE coalescing_key = ? AND event_id = ? AND lease_owner = ?";
    release = "UPDATE " + table + " SET lease_owner = NULL, lease_until = NULL"
        + " WHERE coalescing_key = ? AND lease_owner = ?";
    fail = "UPDATE " + table + " SET attempts = attempts + 1, next_attempt_at = ?,"
        + " last_error = ?, lease_owner = NULL, lease_until = NULL"
        + " WHERE coalescing_key = ? AND event_id = ? AND lease_owner = ?";
    lockHeld = "SELECT " + ENTRY_COLUMNS + " FROM " + table
        + " WHERE coalescing_key = ? AND event_id = ? AND lease_owner = ? FOR UPDATE";
    deletePending = "DELETE FROM " + table + " WHERE coalescing_key = ? AND event_id = ?";
    insertDead = "INSERT INTO " + deadTable + " (" + ENTRY_COLUMNS + ", reason, dead_lettered_at)"
        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    String deadColumns = ENTRY_COLUMNS + ", reason, dead_lettered_at";
    deadPage = "SELECT " + deadColumns + " FROM " + deadTable
        + " ORDER BY dead_lettered_at, event_id OFFSET ? ROWS FETCH FIRST ? ROWS ONLY";
    deadCount = "SELECT COUNT(*) FROM " + deadTable;
    deadById = "SELECT " + deadColumns + " FROM " + deadTable + " WHERE event_id = ?";
    deleteDead = "DELETE FROM " + deadTable + " WHERE event_id = ?";
    pendingCounts = "SELECT COUNT(*), MIN(created_at) FROM " + table;
    purgeDead = "DELETE FROM " + deadTable + " WHERE dead_lettered_at < ?";
    jobTable = table + "_job";
    jobInsert = "INSERT INTO " + jobTable + " (job_name) VALUES (?)";
    jobLock = "UPDATE " + jobTable + " SET lock_owner = ?, locked_until = ?, last_started_at = ?"
        + " WHERE job_name = ? AND (lock_owner IS NULL OR locked_until <= ? OR lock_owner = ?)";
    jobFinish = "UPDATE " + jobTable + " SET lock_owner = NULL, locked_until = NULL,"
        + " last_finished_at = ?, last_outcome = ? WHERE job_name = ? AND lock_owner = ?";
    jobRead = "SELECT lock_owner, locked_until, last_started_at, last_finished_at, last_outcome"
        + " FROM " + jobTable + " WHERE job_name = ?";
  }

  /**
   * Accepts plain unquoted identifiers only, short enough for the derived {@code _dead} table and
   * index names to stay within PostgreSQL's 63 characters.
   */
  static String checkTableName(String table) {
    if (table == null || !TABLE_NAME.matcher(table).matches()) {
      throw new IllegalArgumentException(
          "table name must be a plain identifier of at most 40 letters, digits and underscores,"
              + " starting with a letter or underscore");
    }
    return table;
  }

  static void setInstant(PreparedStatement statement, int index, Instant instant)
      throws SQLException {
    statement.setObject(index, OffsetDateTime.ofInstant(instant, ZoneOffset.UTC));
  }

  static Instant getInstant(ResultSet row, String column) throws SQLException {
    OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }

  static Instant getInstant(ResultSet row, int column) throws SQLException {
    OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }

  /** Binds the first nine parameters in the order of the entry columns. */
  static void bindEntry(PreparedStatement statement, OutboxEntry entry) throws SQLException {
    OutboxEvent event = entry.event();
    statement.setString(1, event.key());
    statement.setString(2, event.eventId());
    statement.setString(3, event.type().name());
    setInstant(statement, 4, event.lastUpdated());
    statement.setString(5, event.payload());
    setInstant(statement, 6, entry.createdAt());
    statement.setInt(7, entry.attempts());
    setInstant(statement, 8, entry.nextAttemptAt());
    statement.setString(9, entry.lastError());
  }

  /** Reads the entry columns of the current row. */
  static OutboxEntry readEntry(ResultSet row) throws SQLException {
    OutboxEvent event = new OutboxEvent(
        row.getString("event_id"),
        OutboxEventType.valueOf(row.getString("event_type")),
        row.getString("coalescing_key"),
        getInstant(row, "last_updated"),
        row.getString("payload"));
    return new OutboxEntry(
        event,
        getInstant(row, "created_at"),
        row.getInt("attempts"),
        getInstant(row, "next_attempt_at"),
        row.getString("last_error"));
  }

  static DeadLetter readDeadLetter(ResultSet row) throws SQLException {
    return new DeadLetter(
        readEntry(row), row.getString("reason"), getInstant(row, "dead_lettered_at"));
  }
}
