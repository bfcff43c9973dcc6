package io.github.aggregatorsdk.classpass.example.studio.classpass;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The PostgreSQL server named by {@code CLASSPASS_TEST_POSTGRES_URL} (CI's {@code .ci/run} starts a
 * throw-away one). Each test class gets a schema of its own, so that it never meets the tables of
 * other tests on the same server.
 */
final class TestPostgreSql {

  static final String URL_VARIABLE = "CLASSPASS_TEST_POSTGRES_URL";

  private TestPostgreSql() {}

  /** A JDBC URL into a new, empty schema of this name (an older one is dropped first). */
  static String freshSchema(String schema) {
    String url = System.getenv(URL_VARIABLE);
    try (Connection connection = DriverManager.getConnection(url);
        Statement statement = connection.createStatement()) {
      statement.execute("drop schema if exists " + schema + " cascade");
      statement.execute("create schema " + schema);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot prepare schema " + schema + " on " + url, e);
    }
    return url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
  }
}
