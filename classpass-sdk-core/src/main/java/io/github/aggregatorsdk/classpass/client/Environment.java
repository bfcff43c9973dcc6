package io.github.aggregatorsdk.classpass.client;

import java.net.URI;

/** A ClassPass environment the client can talk to, with its base URL. */
public enum Environment {
  /** ClassPass's sandbox, for integration testing: {@code https://sandbox-api.classpass.com}. */
  SANDBOX("https://sandbox-api.classpass.com"),
  /** ClassPass's live system: {@code https://api.classpass.com}. */
  PRODUCTION("https://api.classpass.com");

  private final URI baseUrl;

  Environment(String baseUrl) {
    this.baseUrl = URI.create(baseUrl);
  }

  /**
   * The base URL of this environment, without a trailing slash.
   *
   * @return the URL; never null
   */
  public URI baseUrl() {
    return baseUrl;
  }
}
