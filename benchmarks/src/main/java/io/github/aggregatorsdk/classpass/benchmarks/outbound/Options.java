package io.github.aggregatorsdk.classpass.benchmarks.outbound;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.util.HashMap;
import java.util.Map;

/** Command-line options and the connection pool the outbound benchmarks share. */
final class Options {

  private Options() {}

  /** {@code --name value} pairs. */
  static Map<String, String> parse(String[] args) {
    Map<String, String> options = new HashMap<>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      if (!args[i].startsWith("--")) {
        throw new IllegalArgumentException("expected --option value pairs, got " + args[i]);
      }
      options.put(args[i], args[i + 1]);
    }
    return options;
  }

  /** A Hikari pool with Hikari's defaults (10 connections), as Spring Boot gives a host. */
  static HikariDataSource pool(String url, String name) {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(url);
    config.setPoolName(name);
    return new HikariDataSource(config);
  }
}
