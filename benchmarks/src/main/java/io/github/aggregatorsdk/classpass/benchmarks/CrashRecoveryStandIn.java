package io.github.aggregatorsdk.classpass.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The ClassPass of the crash-recovery test ({@code benchmarks/crash-recovery.sh}): like {@link
 * LoopbackInventoryServer} it answers every Inventory API call with 200 and {@code {}}, but it
 * also keeps, per schedule, the latest state it was sent, ordered by {@code last_updated} as
 * ClassPass orders versions: a version older than the one held is ignored, an equal or newer one
 * replaces it. {@code GET /state} answers what it holds:
 * {@code {"requests": n, "stale": n, "schedules": [{"id", "venue_id", "available_spots",
 * "is_cancelled", "last_updated"}, ...]}}. Requests are handled one at a time, so the state needs
 * no further locking.
 *
 * <p>Argument: the port (0, the default, lets the system pick one); it prints its URL.
 */
final class CrashRecoveryStandIn {

  private final ObjectMapper json = new ObjectMapper();
  private final Map<String, Held> schedules = new TreeMap<>();
  private final AtomicLong requests = new AtomicLong();
  private long stale;
  private long malformed;

  /** One schedule's latest state. */
  private record Held(String venueId, int availableSpots, boolean cancelled, Instant lastUpdated,
      String lastUpdatedText) {}

  public static void main(String[] args) throws IOException, InterruptedException {
    System.setProperty("sun.net.httpserver.nodelay", "true");
    CrashRecoveryStandIn standIn = new CrashRecoveryStandIn();
    HttpServer server = standIn.serve(args.length > 0 ? Integer.parseInt(args[0]) : 0);
    Runtime.getRuntime().addShutdownHook(new Thread(
        () -> System.out.println(standIn.requests.get() + " requests received")));
    System.out.println("Stand-in ClassPass (crash recovery) on http://127.0.0.1:"
        + server.getAddress().getPort() + "; GET /state reports what it holds");
    Thread.currentThread().join();
  }

  /** Serves this stand-in on a loopback port (0: the system picks one); stop it with the server. */
  HttpServer serve(int port) throws IOException {
    HttpServer server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
    server.createContext("/", this::answer);
    server.start();
    return server;
  }

  private void answer(HttpExchange exchange) throws IOException {
    try (exchange) {
      byte[] body;
      try (InputStream in = exchange.getRequestBody()) {
        body = in.readAllBytes();
      }
      String path = exchange.getRequestURI().getPath();
      byte[] answer;
      if (exchange.getRequestMethod().equals("GET") && path.equals("/state")) {
        answer = state();
      } else {
        requests.incrementAndGet();
        if (path.equals("/v1/inventory/batch-updates")) {
          read(body).path("events").forEach(this::take);
        } else if (path.equals("/v1/inventory/updates")) {
          take(read(body));
        }
        answer = "{}".getBytes(StandardCharsets.UTF_8);
      }
      exchange.getResponseHeaders().set("Content-Type", "application/json");
      exchange.sendResponseHeaders(200, answer.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(answer);
      }
    }
  }

  private JsonNode read(byte[] body) {
    try {
      return json.readTree(body);
    } catch (IOException e) {
      malformed++;
      return json.createObjectNode();
    }
  }

  /** One event: a SCHEDULE replaces the held state unless it is older. */
  private void take(JsonNode event) {
    if (!event.path("type").asText().equals("SCHEDULE")) {
      return;
    }
    JsonNode schedule = event.path("payload");
    String id = schedule.path("id").asText(null);
    String lastUpdatedText = schedule.path("last_updated").asText(null);
    if (id == null || lastUpdatedText == null) {
      malformed++;
      return;
    }
    Instant lastUpdated = OffsetDateTime.parse(lastUpdatedText).toInstant();
    Held held = schedules.get(id);
    if (held != null && lastUpdated.isBefore(held.lastUpdated())) {
      stale++;
      return;
    }
    schedules.put(id, new Held(schedule.path("venue_id").asText(),
        schedule.path("available_spots").asInt(), schedule.path("is_cancelled").asBoolean(),
        lastUpdated, lastUpdatedText));
  }

  private byte[] state() throws IOException {
    ObjectNode state = json.createObjectNode()
        .put("requests", requests.get())
        .put("stale", stale)
        .put("malformed", malformed);
    ArrayNode list = state.putArray("schedules");
    schedules.forEach((id, held) -> list.addObject()
        .put("id", id)
        .put("venue_id", held.venueId())
        .put("available_spots", held.availableSpots())
        .put("is_cancelled", held.cancelled())
        .put("last_updated", held.lastUpdatedText()));
    return json.writeValueAsBytes(state);
  }
}
