package io.github.aggregatorsdk.classpass.client;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.common.ConsoleNotifier;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.aggregatorsdk.classpass.model.ClassPassJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/** A WireMock server per test class and clients pointed at it. */
final class TestClients {

  static final String TOKEN = "test-token-Xq7";

  static final ObjectMapper MAPPER = ClassPassJson.newObjectMapper();

  private TestClients() {}

  static WireMockExtension wireMock() {
    return WireMockExtension.newInstance()
        .options(wireMockConfig().dynamicPort().notifier(new ConsoleNotifier(false)))
        .build();
  }

  /** A client for the server with a recording sleeper and retries disabled. */
  static ClassPassClientBuilder builder(WireMockExtension server, Sleeper sleeper) {
    return ClassPassClient.builder()
        .baseUrl(URI.create(server.baseUrl()))
        .accessToken(TOKEN)
        .retry(RetrySettings.disabled())
        .sleeper(sleeper);
  }

  static String golden(String name) {
    try (InputStream in = TestClients.class.getResourceAsStream("/golden/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no golden file " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static <T> T read(String goldenFile, Class<T> type) {
    try {
      return MAPPER.readValue(golden(goldenFile), type);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
