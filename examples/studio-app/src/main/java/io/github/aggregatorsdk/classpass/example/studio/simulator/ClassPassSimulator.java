package io.github.aggregatorsdk.classpass.example.studio.simulator;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/**
 * ClassPass's Inventory API, simulated on a loopback port: answers every call with 200 and keeps
 * the most recent {@value #KEPT} calls, so that the demo report and the staff page can show what
 * the SDK pushed. Started when created, stopped when the application context closes.
 */
public final class ClassPassSimulator implements AutoCloseable {

  /** How many calls are kept; older ones are forgotten, so a long-running demo stays small. */
  static final int KEPT = 1000;

  private final WireMockServer server =
      new WireMockServer(
          wireMockConfig()
              .dynamicPort()
              .bindAddress("127.0.0.1")
              .maxRequestJournalEntries(KEPT));

  ClassPassSimulator() {
    server.start();
    server.stubFor(
        any(urlPathMatching("/v1/inventory/.*"))
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withHeader("Content-Type", "application/json")
                    .withBody("{}")));
  }

  /**
   * Where the SDK's client sends its calls.
   *
   * @return {@code http://127.0.0.1:<port>}; never null
   */
  public URI baseUrl() {
    // Not server.baseUrl(), which names "localhost": that may resolve to ::1, where nothing listens.
    return URI.create("http://127.0.0.1:" + server.port());
  }

  /**
   * The calls received, oldest first.
   *
   * @return a copy; never null
   */
  public List<ReceivedCall> received() {
    List<ServeEvent> newestFirst = server.getAllServeEvents();
    List<ReceivedCall> calls = new ArrayList<>(newestFirst.size());
    for (int i = newestFirst.size() - 1; i >= 0; i--) {
      var request = newestFirst.get(i).getRequest();
      calls.add(
          new ReceivedCall(
              request.getLoggedDate().toInstant(),
              request.getMethod().getName(),
              request.getUrl(),
              request.getBodyAsString()));
    }
    return calls;
  }

  @Override
  public void close() {
    server.stop();
  }
}
