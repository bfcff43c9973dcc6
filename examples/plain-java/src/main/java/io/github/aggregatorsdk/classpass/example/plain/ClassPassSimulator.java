package io.github.aggregatorsdk.classpass.example.plain;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.net.URI;
import java.util.List;

/**
 * Stands in for ClassPass's Inventory API on loopback: accepts every inventory call and keeps
 * what it received, so the demo can show what the SDK pushed.
 */
final class ClassPassSimulator implements AutoCloseable {

  private final WireMockServer server =
      new WireMockServer(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"));

  ClassPassSimulator() {
    server.start();
    server.stubFor(
        any(urlPathMatching("/v1/inventory/.*"))
            .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                .withBody("{}")));
  }

  URI baseUrl() {
    return URI.create(server.baseUrl());
  }

  /** The requests ClassPass received, oldest first. */
  List<LoggedRequest> received() {
    return server.getAllServeEvents().stream()
        .map(event -> event.getRequest())
        .sorted((a, b) -> a.getLoggedDate().compareTo(b.getLoggedDate()))
        .toList();
  }

  @Override
  public void close() {
    server.stop();
  }
}
