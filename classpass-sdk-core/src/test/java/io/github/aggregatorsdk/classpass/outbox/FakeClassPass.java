package io.github.aggregatorsdk.classpass.outbox;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.common.ConsoleNotifier;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.aggregatorsdk.classpass.client.ClassPassClient;
import io.github.aggregatorsdk.classpass.client.RetrySettings;
import io.github.aggregatorsdk.classpass.sync.SyncStudio;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.UnaryOperator;

/** ClassPass played by WireMock: a real HTTP server on a free port, and what it received. */
public final class FakeClassPass {

  public static final String BATCH_UPDATES = "/v1/inventory/batch-updates";

  private FakeClassPass() {}

  public static WireMockExtension server() {
    return server(config -> config);
  }

  public static WireMockExtension server(UnaryOperator<WireMockConfiguration> configure) {
    return WireMockExtension.newInstance()
        .options(configure.apply(wireMockConfig().dynamicPort().notifier(
            new ConsoleNotifier(false))))
        .build();
  }

  /** A client without retries of its own, sending batches of up to {@code batchSize}. */
  public static ClassPassClient client(WireMockExtension server, int batchSize) {
    return client(server, batchSize, RetrySettings.disabled());
  }

  public static ClassPassClient client(WireMockExtension server, int batchSize, RetrySettings retry) {
    return ClassPassClient.builder()
        .baseUrl(URI.create(server.baseUrl()))
        .accessToken("sync-test-token")
        .batchSize(batchSize)
        .retry(retry)
        .build();
  }

  /** The bodies of every batch-updates request received, in the order they arrived. */
  public static List<JsonNode> batchBodies(WireMockExtension server) {
    List<LoggedRequest> requests = new ArrayList<>(
        server.findAll(WireMock.postRequestedFor(WireMock.urlEqualTo(BATCH_UPDATES))));
    requests.sort(Comparator.comparing(LoggedRequest::getLoggedDate));
    List<JsonNode> bodies = new ArrayList<>();
    for (LoggedRequest request : requests) {
      try {
        bodies.add(SyncStudio.JSON.readTree(request.getBodyAsString()));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return bodies;
  }

  /** The events of every batch-updates request received, in order. */
  public static List<JsonNode> events(WireMockExtension server) {
    List<JsonNode> events = new ArrayList<>();
    batchBodies(server).forEach(body -> body.get("events").forEach(events::add));
    return events;
  }
}
