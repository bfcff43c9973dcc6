package io.github.aggregatorsdk.classpass.benchmarks.statements;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.DriverPropertyInfo;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * A JDBC driver that counts what an app sends its database (P7): {@code jdbc:counting:h2:…}
 * opens {@code jdbc:h2:…} and counts every statement executed (each statement of a JDBC batch
 * counts, the batch is one round trip), every commit, rollback and savepoint, by who caused it:
 *
 * <ul>
 *   <li>{@code dispatcher}: on the SDK's dispatcher thread ({@code classpass-dispatcher}), the
 *       outbox's delivery (claims, deletes), shared by every update of a batch;
 *   <li>{@code sdk}: called from the SDK's sync ({@code io.github.aggregatorsdk.classpass.sync})
 *       or outbox on a request thread: reading the venue (and, before issue 18's change, the
 *       class again) and queueing its update; a
 *       commit or rollback is {@code sdk} when its transaction ran only such statements;
 *   <li>{@code host}: everything else, the host's own work (for a reservation: the row lock,
 *       reading the class and the user's bookings, writing the customer and the booking).
 * </ul>
 *
 * <p>Every second, and at exit, it writes the counts to the file named by the system property
 * {@code counting.jdbc.out}: lines {@code category TAB kind TAB count TAB text}, where kind is
 * {@code statement} (text: the SQL's first 90 characters) or {@code commit}, {@code rollback},
 * {@code savepoint}. Nothing is timed: the stack walk per statement makes it slow.
 */
public final class CountingDriver implements Driver {

  private static final String PREFIX = "jdbc:counting:";
  private static final Map<String, LongAdder> COUNTS = new ConcurrentHashMap<>();
  private static final Set<String> SDK_PACKAGES = Set.of(
      "io.github.aggregatorsdk.classpass.sync.", "io.github.aggregatorsdk.classpass.outbox.");

  static {
    try {
      DriverManager.registerDriver(new CountingDriver());
    } catch (SQLException e) {
      throw new ExceptionInInitializerError(e);
    }
    String out = System.getProperty("counting.jdbc.out");
    if (out != null) {
      Thread writer = new Thread(() -> {
        while (true) {
          write(Path.of(out));
          try {
            Thread.sleep(1000);
          } catch (InterruptedException e) {
            return;
          }
        }
      }, "counting-jdbc-writer");
      writer.setDaemon(true);
      writer.start();
      Runtime.getRuntime().addShutdownHook(new Thread(() -> write(Path.of(out))));
    }
  }

  /** The counts so far, as written to the file. */
  static Map<String, Long> counts() {
    return new TreeMap<>(COUNTS.entrySet().stream()
        .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().sum())));
  }

  static void reset() {
    COUNTS.clear();
  }

  private static void write(Path file) {
    StringBuilder text = new StringBuilder();
    counts().forEach((key, count) -> {
      String[] parts = key.split("\t", 3);
      text.append(parts[0]).append('\t').append(parts[1]).append('\t').append(count)
          .append('\t').append(parts.length > 2 ? parts[2] : "").append('\n');
    });
    try {
      Path temp = file.resolveSibling(file.getFileName() + ".tmp");
      Files.writeString(temp, text);
      Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public Connection connect(String url, Properties info) throws SQLException {
    if (!acceptsURL(url)) {
      return null;
    }
    Connection real = DriverManager.getConnection("jdbc:" + url.substring(PREFIX.length()), info);
    return (Connection) Proxy.newProxyInstance(CountingDriver.class.getClassLoader(),
        new Class<?>[] {Connection.class}, new ConnectionHandler(real));
  }

  @Override
  public boolean acceptsURL(String url) {
    return url != null && url.startsWith(PREFIX);
  }

  @Override
  public DriverPropertyInfo[] getPropertyInfo(String url, Properties info) {
    return new DriverPropertyInfo[0];
  }

  @Override
  public int getMajorVersion() {
    return 1;
  }

  @Override
  public int getMinorVersion() {
    return 0;
  }

  @Override
  public boolean jdbcCompliant() {
    return false;
  }

  @Override
  public Logger getParentLogger() throws SQLFeatureNotSupportedException {
    throw new SQLFeatureNotSupportedException();
  }

  /** Who caused what the calling thread does now. */
  static String caller() {
    if (Thread.currentThread().getName().startsWith("classpass-dispatcher")) {
      return "dispatcher";
    }
    boolean sdk = StackWalker.getInstance().walk(frames -> frames.anyMatch(
        frame -> SDK_PACKAGES.stream().anyMatch(frame.getClassName()::startsWith)));
    return sdk ? "sdk" : "host";
  }

  private static void count(String category, String kind, String text) {
    COUNTS.computeIfAbsent(category + "\t" + kind + "\t" + text, k -> new LongAdder())
        .increment();
  }

  private static String shortSql(String sql) {
    String flat = sql == null ? "" : sql.replaceAll("\\s+", " ").strip();
    return flat.length() <= 90 ? flat : flat.substring(0, 90);
  }

  private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }

  /** Counts a connection's transaction ends and wraps its statements. */
  private static final class ConnectionHandler implements InvocationHandler {

    private final Connection real;
    private boolean hostInTransaction;
    private boolean sdkInTransaction;

    ConnectionHandler(Connection real) {
      this.real = real;
    }

    void ran(String category) {
      if (category.equals("sdk")) {
        sdkInTransaction = true;
      } else {
        hostInTransaction = true;
      }
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
      String name = method.getName();
      switch (name) {
        case "commit", "rollback" -> {
          if (!real.getAutoCommit() && (args == null || args.length == 0)) {
            String category = Thread.currentThread().getName().startsWith("classpass-dispatcher")
                ? "dispatcher" : sdkInTransaction && !hostInTransaction ? "sdk"
                : hostInTransaction ? "host" : caller();
            count(category, name, "");
            hostInTransaction = false;
            sdkInTransaction = false;
          } else if (args != null && args.length == 1) {
            count(caller(), "savepoint", "rollback to savepoint");
          }
        }
        case "setSavepoint", "releaseSavepoint" -> count(caller(), "savepoint", name);
        default -> { }
      }
      Object result = CountingDriver.invoke(real, method, args);
      if (result instanceof Statement statement) {
        String sql = args != null && args.length > 0 && args[0] instanceof String s ? s : null;
        Class<?> type = result instanceof CallableStatement ? CallableStatement.class
            : result instanceof PreparedStatement ? PreparedStatement.class : Statement.class;
        return Proxy.newProxyInstance(CountingDriver.class.getClassLoader(),
            new Class<?>[] {type}, new StatementHandler(statement, sql, this));
      }
      return result;
    }
  }

  /** Counts every execution of a statement. */
  private static final class StatementHandler implements InvocationHandler {

    private final Statement real;
    private final String sql;
    private final ConnectionHandler connection;
    private int batched;

    StatementHandler(Statement real, String sql, ConnectionHandler connection) {
      this.real = real;
      this.sql = sql;
      this.connection = connection;
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
      String name = method.getName();
      if (name.equals("addBatch")) {
        batched++;
      } else if (name.equals("executeBatch") || name.equals("executeLargeBatch")) {
        String category = caller();
        connection.ran(category);
        for (int i = 0; i < batched; i++) {
          count(category, "statement", shortSql(sql));
        }
        batched = 0;
      } else if (name.startsWith("execute")) {
        String category = caller();
        connection.ran(category);
        String text = args != null && args.length > 0 && args[0] instanceof String s ? s : sql;
        count(category, "statement", shortSql(text));
      } else if (name.equals("getConnection")) {
        return real.getConnection();
      }
      return CountingDriver.invoke(real, method, args);
    }
  }
}
