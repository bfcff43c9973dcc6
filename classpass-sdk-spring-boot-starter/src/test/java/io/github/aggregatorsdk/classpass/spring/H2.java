package io.github.aggregatorsdk.classpass.spring;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;

/** Embedded H2 databases of the tests, one per call, and plain reads from them. */
final class H2 {

  private H2() {}

  static JdbcDataSource newDatabase() {
    JdbcDataSource dataSource = new JdbcDataSource();
    dataSource.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    return dataSource;
  }

  static boolean tableExists(DataSource dataSource, String table) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        ResultSet tables = connection.getMetaData()
            .getTables(null, null, table.toUpperCase(Locale.ROOT), null)) {
      return tables.next();
    }
  }

  /** The coalescing keys of the pending rows of an outbox table. */
  static List<String> pendingKeys(DataSource dataSource, String table) throws SQLException {
    List<String> keys = new ArrayList<>();
    try (Connection connection = dataSource.getConnection();
        ResultSet rows = connection.createStatement()
            .executeQuery("SELECT coalescing_key FROM " + table + " ORDER BY coalescing_key")) {
      while (rows.next()) {
        keys.add(rows.getString(1));
      }
    }
    return keys;
  }
}
