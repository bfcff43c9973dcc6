package io.github.aggregatorsdk.classpass.benchmarks.outbound;

import io.github.aggregatorsdk.classpass.benchmarks.StudioFixtures;
import io.github.aggregatorsdk.classpass.spi.Activity;
import io.github.aggregatorsdk.classpass.spi.ClassPassSettings;
import io.github.aggregatorsdk.classpass.spi.ClassSession;
import io.github.aggregatorsdk.classpass.spi.ClassSessionRepository;
import io.github.aggregatorsdk.classpass.spi.Occupancy;
import io.github.aggregatorsdk.classpass.spi.Page;
import io.github.aggregatorsdk.classpass.spi.PageRequest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The host of the propagation benchmark: {@code classes} rows of {@code (id, version)} in the
 * host's own table, each change a transaction that bumps one class's version. A class's state as
 * the SDK reads it is the fixture class with {@code version} spots booked of {@link #CAPACITY},
 * so that the {@code available_spots} ClassPass receives tells which version it got. Reads run on
 * the connection of the transaction the calling thread is in ({@link #bind}), as a host's
 * repository joins its transaction.
 */
final class HostClasses implements ClassSessionRepository {

  /** Large enough that no class fills up however many changes a run makes. */
  static final int CAPACITY = 1_000_000;

  private static final Activity OPEN = new Activity("vinyasa", "Vinyasa Flow",
      "Breath-led flow for every level", ClassPassSettings.offered(), StudioFixtures.UPDATED);

  private final DataSource dataSource;
  private final String table;
  private final int classes;
  private final LocalDate firstDay = LocalDate.now(ZoneOffset.UTC).plusDays(2);
  private final ThreadLocal<Connection> bound = new ThreadLocal<>();

  HostClasses(DataSource dataSource, String table, int classes) {
    this.dataSource = dataSource;
    this.table = table;
    this.classes = classes;
  }

  /** Creates the host's table afresh with every class at version 0. */
  void create() throws SQLException {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute("DROP TABLE IF EXISTS " + table);
      statement.execute("CREATE TABLE " + table
          + " (id VARCHAR(40) PRIMARY KEY, position INT NOT NULL, version BIGINT NOT NULL)");
      try (PreparedStatement insert = connection.prepareStatement(
          "INSERT INTO " + table + " (id, position, version) VALUES (?, ?, 0)")) {
        for (int i = 0; i < classes; i++) {
          insert.setString(1, "class-" + i);
          insert.setInt(2, i);
          insert.addBatch();
        }
        insert.executeBatch();
      }
    }
  }

  void drop() throws SQLException {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute("DROP TABLE IF EXISTS " + table);
    }
  }

  /** Makes this thread's reads run on {@code connection} until {@link #unbind()}. */
  void bind(Connection connection) {
    bound.set(connection);
  }

  void unbind() {
    bound.remove();
  }

  /** The host's change: one more version of the class, on the caller's transaction. */
  long bump(Connection connection, String id) throws SQLException {
    try (PreparedStatement update = connection.prepareStatement(
        "UPDATE " + table + " SET version = version + 1 WHERE id = ?")) {
      update.setString(1, id);
      update.executeUpdate();
    }
    try (PreparedStatement select = connection.prepareStatement(
        "SELECT version FROM " + table + " WHERE id = ?")) {
      select.setString(1, id);
      try (ResultSet row = select.executeQuery()) {
        row.next();
        return row.getLong(1);
      }
    }
  }

  /** The version a received {@code available_spots} stands for. */
  static long version(int availableSpots) {
    return CAPACITY - (long) availableSpots;
  }

  @Override
  public Optional<ClassSession> findById(String sessionId) {
    return read("SELECT position, version FROM " + table + " WHERE id = ?", sessionId, 0, 1)
        .stream().findFirst();
  }

  @Override
  public Page<ClassSession> findByVenue(String partnerId, String venueId, LocalDate from,
      LocalDate to, PageRequest page) {
    List<ClassSession> items = read("SELECT position, version FROM " + table
        + " ORDER BY position OFFSET ? ROWS FETCH FIRST ? ROWS ONLY", null,
        page.offset(), page.size());
    return new Page<>(items, classes, page);
  }

  private List<ClassSession> read(String sql, String id, long offset, int size) {
    Connection joined = bound.get();
    try {
      Connection connection = joined != null ? joined : dataSource.getConnection();
      try (PreparedStatement select = connection.prepareStatement(sql)) {
        if (id != null) {
          select.setString(1, id);
        } else {
          select.setLong(1, offset);
          select.setInt(2, size);
        }
        List<ClassSession> sessions = new ArrayList<>();
        try (ResultSet rows = select.executeQuery()) {
          while (rows.next()) {
            sessions.add(session(rows.getInt(1), rows.getLong(2)));
          }
        }
        return sessions;
      } finally {
        if (joined == null) {
          connection.close();
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("the host could not read its classes", e);
    }
  }

  private ClassSession session(int position, long version) {
    return StudioFixtures.session(position, firstDay, CAPACITY).toBuilder()
        .activity(OPEN)
        .occupancy(Occupancy.of((int) version, 0))
        .build();
  }
}
