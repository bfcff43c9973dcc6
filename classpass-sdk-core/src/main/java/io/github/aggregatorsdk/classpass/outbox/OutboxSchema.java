package io.github.aggregatorsdk.classpass.outbox;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** Creates the outbox tables from the DDL resources shipped next to this class. */
final class OutboxSchema {

  private OutboxSchema() {}

  /**
   * Runs the dialect's DDL. Every statement is {@code IF NOT EXISTS}; when another instance
   * creates the tables at the same moment and a statement fails, the tables being there counts
   * as success.
   */
  static void createIfMissing(Connection connection, OutboxDialect dialect, OutboxSql sql)
      throws SQLException {
    if (dialect.ddlResource() == null) {
      throw new UnsupportedOperationException(
          "The SDK ships outbox DDL for H2 and PostgreSQL only; create the tables "
              + sql.table + " and " + sql.deadTable + " by hand, after outbox-postgresql.sql");
    }
    try {
      for (String ddl : statements(dialect.ddlResource(), sql.table)) {
        try (Statement statement = connection.createStatement()) {
          statement.execute(ddl);
        }
      }
    } catch (SQLException e) {
      if (!tablesExist(connection, sql)) {
        throw e;
      }
    }
  }

  static List<String> statements(String resource, String table) {
    String text;
    try (InputStream in = OutboxSchema.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + resource);
      }
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("could not read " + resource, e);
    }
    StringBuilder withoutComments = new StringBuilder();
    for (String line : text.split("\n")) {
      if (!line.strip().startsWith("--")) {
        withoutComments.append(line).append('\n');
      }
    }
    List<String> statements = new ArrayList<>();
    for (String statement : withoutComments.toString().split(";")) {
      if (!statement.isBlank()) {
        statements.add(statement.strip().replace("${table}", table));
      }
    }
    return statements;
  }

  private static boolean tablesExist(Connection connection, OutboxSql sql) {
    try (Statement statement = connection.createStatement()) {
      statement.executeQuery("SELECT COUNT(*) FROM " + sql.table + " WHERE 1 = 0").close();
      statement.executeQuery("SELECT COUNT(*) FROM " + sql.deadTable + " WHERE 1 = 0").close();
      return true;
    } catch (SQLException e) {
      return false;
    }
  }
}
