package io.github.aggregatorsdk.classpass.benchmarks.statements;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

class CountingDriverTest {

  @Test
  void countsEveryStatementAndCommitOfTheHostByKind() throws Exception {
    Class.forName(CountingDriver.class.getName());
    CountingDriver.reset();
    try (Connection connection =
        DriverManager.getConnection("jdbc:counting:h2:mem:counting;DB_CLOSE_DELAY=-1")) {
      try (Statement statement = connection.createStatement()) {
        statement.execute("CREATE TABLE t (id INT)");
      }
      connection.setAutoCommit(false);
      try (PreparedStatement insert = connection.prepareStatement("INSERT INTO t VALUES (?)")) {
        for (int i = 0; i < 3; i++) {
          insert.setInt(1, i);
          insert.addBatch();
        }
        insert.executeBatch();
        insert.setInt(1, 9);
        insert.executeUpdate();
      }
      connection.commit();
    }

    assertThat(CountingDriver.counts())
        .containsEntry("host\tstatement\tCREATE TABLE t (id INT)", 1L)
        .containsEntry("host\tstatement\tINSERT INTO t VALUES (?)", 4L)
        .containsEntry("host\tcommit\t", 1L)
        .hasSize(3);
  }
}
