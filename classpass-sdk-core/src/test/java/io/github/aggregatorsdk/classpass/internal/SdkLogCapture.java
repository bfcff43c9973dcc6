package io.github.aggregatorsdk.classpass.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.slf4j.LoggerFactory;

/**
 * Reads what the SDK logged while a piece of test code ran. Surefire sets slf4j-simple to TRACE
 * for the SDK's loggers, into a file; this reads the part of that file the code added.
 */
public final class SdkLogCapture {

  private SdkLogCapture() {}

  /**
   * Runs {@code code} and returns everything the SDK logged meanwhile, at every level.
   *
   * @param code the code under test
   * @return the added log text
   * @throws Exception what the code threw
   */
  public static String during(Callable<?> code) throws Exception {
    Path log = logFile();
    // slf4j-simple truncates its file when it starts: start it before measuring.
    LoggerFactory.getILoggerFactory();
    long start = Files.size(log);
    code.call();
    try (RandomAccessFile file = new RandomAccessFile(log.toFile(), "r")) {
      byte[] added = new byte[(int) (file.length() - start)];
      file.seek(start);
      file.readFully(added);
      return new String(added, StandardCharsets.UTF_8);
    }
  }

  private static Path logFile() {
    String file = System.getProperty("org.slf4j.simpleLogger.logFile");
    assertThat(file)
        .as("run through Maven: surefire points slf4j-simple at a log file for the SDK's tests")
        .isNotNull();
    return Path.of(file);
  }
}
