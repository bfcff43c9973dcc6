package io.github.aggregatorsdk.classpass.client;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The SDK's own version, written into a resource at build time; it names us in the User-Agent. */
final class SdkVersion {

  private static final String RESOURCE = "classpass-sdk-version.properties";
  private static final String CURRENT = load();

  private SdkVersion() {}

  /** The version this jar was built as, e.g. {@code 0.1.0}; never null. */
  static String current() {
    return CURRENT;
  }

  /** The User-Agent the client sends: {@code classpass-sdk-java/<version>}. */
  static String userAgent() {
    return "classpass-sdk-java/" + CURRENT;
  }

  private static String load() {
    try (InputStream in = SdkVersion.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing " + RESOURCE + " next to " + SdkVersion.class);
      }
      Properties properties = new Properties();
      properties.load(in);
      String version = properties.getProperty("version");
      if (version == null || version.isBlank() || version.startsWith("${")) {
        throw new IllegalStateException(RESOURCE + " was not filtered at build time: " + version);
      }
      return version.trim();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
