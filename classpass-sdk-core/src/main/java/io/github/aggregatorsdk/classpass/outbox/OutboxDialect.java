package io.github.aggregatorsdk.classpass.outbox;

import java.util.Locale;

/** What differs between the databases the JDBC outbox knows; all other SQL is portable. */
enum OutboxDialect {

  /**
   * H2 2.x accepts {@code FOR UPDATE SKIP LOCKED}, but with {@code ORDER BY … FETCH FIRST} it
   * locks every matching row before sorting (seen on 2.4.240), so one claim would block all
   * others. H2 claims by conditional update alone.
   */
  H2("outbox-h2.sql", "", true),

  /**
   * PostgreSQL locks only the rows it returns and skips rows other claimers hold: concurrent
   * claimers take disjoint entries without waiting.
   */
  POSTGRESQL("outbox-postgresql.sql", " FOR UPDATE SKIP LOCKED", true),

  /** Any other database: portable SQL, conditional-update claims, tables created by hand. */
  OTHER(null, "", false);

  private final String ddlResource;
  private final String claimLockClause;
  private final boolean countsBatches;

  OutboxDialect(String ddlResource, String claimLockClause, boolean countsBatches) {
    this.ddlResource = ddlResource;
    this.claimLockClause = claimLockClause;
    this.countsBatches = countsBatches;
  }

  static OutboxDialect forProductName(String databaseProductName) {
    String name = databaseProductName == null ? "" : databaseProductName.toLowerCase(Locale.ROOT);
    if (name.equals("h2")) {
      return H2;
    }
    if (name.contains("postgresql")) {
      return POSTGRESQL;
    }
    return OTHER;
  }

  /** The DDL resource next to this class, or null when the SDK ships none for the database. */
  String ddlResource() {
    return ddlResource;
  }

  /**
   * Whether the driver answers a JDBC batch with a row count per statement (not {@code
   * SUCCESS_NO_INFO}), so that per-entry updates can share one round trip.
   */
  boolean countsBatches() {
    return countsBatches;
  }

  /** Appended to the claim's candidate query. */
  String claimLockClause() {
    return claimLockClause;
  }
}
