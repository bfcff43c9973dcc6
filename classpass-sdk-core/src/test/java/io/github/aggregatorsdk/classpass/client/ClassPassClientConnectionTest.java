package io.github.aggregatorsdk.classpass.client;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.github.aggregatorsdk.classpass.model.UpdateEvent;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Connection reuse, seen from the server: the client port of each request tells the connection
 * it came on. A JDK server rather than WireMock, whose request journal has no client port.
 */
class ClassPassClientConnectionTest {

  static {
    // Else each answer may wait ~40 ms for a delayed ACK (see PartnerApiServer); read once per JVM.
    System.setProperty("sun.net.httpserver.nodelay", "true");
  }

  private final Set<Integer> clientPorts = ConcurrentHashMap.newKeySet();
  private HttpServer server;
  private ClassPassClient client;

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", this::answer);
    server.start();
    client = ClassPassClient.builder()
        .baseUrl(URI.create("http://127.0.0.1:" + server.getAddress().getPort()))
        .accessToken(TestClients.TOKEN)
        .retry(RetrySettings.disabled())
        .build();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  @Test
  void successiveUpdatesReuseOneConnectionAlthoughTheirAnswersAreIgnored() {
    UpdateEvent event = TestClients.read("schedule-update-event.json", UpdateEvent.class);

    for (int i = 0; i < 30; i++) {
      client.pushUpdate(event);
    }

    assertThat(clientPorts).hasSize(1);
  }

  @Test
  void updatesReuseOneConnectionWhenTheDeadlineShortensTheirRequestTimeout() {
    // Each attempt's request timeout is then what is left of the total, different every call:
    // that must not make Feign's Http2Client build a new HttpClient (and connection) per call.
    ClassPassClient bounded =
        ClassPassClient.builder()
            .baseUrl(URI.create("http://127.0.0.1:" + server.getAddress().getPort()))
            .accessToken(TestClients.TOKEN)
            .retry(RetrySettings.disabled())
            .totalTimeout(Duration.ofMillis(9_999))
            .build();
    UpdateEvent event = TestClients.read("schedule-update-event.json", UpdateEvent.class);

    for (int i = 0; i < 30; i++) {
      bounded.pushUpdate(event);
    }

    assertThat(clientPorts).hasSize(1);
  }

  @Test
  void successiveBatchesReuseOneConnection() {
    UpdateEvent event = TestClients.read("schedule-update-event.json", UpdateEvent.class);

    for (int i = 0; i < 10; i++) {
      client.pushUpdates(List.of(event, event, event));
    }

    assertThat(clientPorts).hasSize(1);
  }

  private void answer(HttpExchange exchange) throws IOException {
    try (exchange) {
      exchange.getRequestBody().readAllBytes();
      clientPorts.add(exchange.getRemoteAddress().getPort());
      byte[] body = "{\"status\":\"accepted\"}".getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().set("Content-Type", "application/json");
      exchange.sendResponseHeaders(200, body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    }
  }
}
