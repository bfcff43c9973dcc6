package io.github.aggregatorsdk.classpass.benchmarks.outbound;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * A stand-in ClassPass for the outbound benchmarks (P5, P6): answers every request with 200 and
 * {@code {}} after a fixed latency, serving many requests at once (one per sending instance), and
 * checks and records what it is sent:
 *
 * <ul>
 *   <li>every schedule received ({@code id}, {@code available_spots}, when) goes to the {@link
 *       Receipts} given, for the propagation figures;
 *   <li>while a request is being answered, its schedules' ids are <em>in flight</em>: a request
 *       naming an id already in flight is an overlap, two instances sending the same key at the
 *       same time, which {@link #overlaps()} counts and the run fails on;
 *   <li>the distinct schedule ids received, for the drain figures.
 * </ul>
 */
public final class RecordingClassPass implements AutoCloseable {

  static {
    // See LoopbackInventoryServer: without TCP_NODELAY answers can wait for a delayed ACK.
    System.setProperty("sun.net.httpserver.nodelay", "true");
  }

  private static final byte[] ANSWER = "{}".getBytes(StandardCharsets.UTF_8);

  /** Told about every schedule received. */
  @FunctionalInterface
  public interface Receipts {
    void received(String scheduleId, int availableSpots, long nanoTime);
  }

  private final ObjectMapper json = new ObjectMapper();
  private final HttpServer server;
  private final ExecutorService workers = Executors.newFixedThreadPool(16);
  private final long latencyNanos;
  private final Receipts receipts;
  private final Set<String> inFlight = ConcurrentHashMap.newKeySet();
  private final Set<String> distinct = ConcurrentHashMap.newKeySet();
  private final AtomicLong requests = new AtomicLong();
  private final AtomicLong events = new AtomicLong();
  private final AtomicLong overlaps = new AtomicLong();
  private final AtomicLong failures = new AtomicLong();
  private volatile long firstNanos;
  private volatile long lastNanos;

  private RecordingClassPass(Duration latency, Receipts receipts) throws IOException {
    this.latencyNanos = latency.toNanos();
    this.receipts = receipts;
    this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.setExecutor(workers);
    server.createContext("/", this::answer);
    server.start();
  }

  /** Starts one on a free loopback port. */
  public static RecordingClassPass start(Duration latency, Receipts receipts) {
    try {
      return new RecordingClassPass(latency, receipts);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start the stand-in ClassPass", e);
    }
  }

  public URI baseUrl() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  public long requests() {
    return requests.get();
  }

  /** Schedule events received, a key sent twice counting twice. */
  public long events() {
    return events.get();
  }

  /** Distinct schedule ids received. */
  public int distinctSchedules() {
    return distinct.size();
  }

  /** Requests that named a schedule another request in flight named too. */
  public long overlaps() {
    return overlaps.get();
  }

  /** Requests whose body could not be read as a batch. */
  public long failures() {
    return failures.get();
  }

  /** {@link System#nanoTime()} when the first schedule and the latest one arrived. */
  public long firstNanos() {
    return firstNanos;
  }

  public long lastNanos() {
    return lastNanos;
  }

  @Override
  public void close() {
    server.stop(0);
    workers.shutdownNow();
  }

  private void answer(HttpExchange exchange) throws IOException {
    try (exchange) {
      long arrived = System.nanoTime();
      byte[] body;
      try (InputStream in = exchange.getRequestBody()) {
        body = in.readAllBytes();
      }
      requests.incrementAndGet();
      List<String> held = new ArrayList<>();
      try {
        if (exchange.getRequestURI().getPath().endsWith("/batch-updates")) {
          for (JsonNode event : json.readTree(body).path("events")) {
            JsonNode payload = event.path("payload");
            String id = payload.path("id").asText();
            if (!payload.has("available_spots")) {
              continue; // a reservation update
            }
            if (inFlight.add(id)) {
              held.add(id);
            } else {
              overlaps.incrementAndGet();
            }
            distinct.add(id);
            events.incrementAndGet();
            receipts.received(id, payload.path("available_spots").asInt(), arrived);
          }
          if (firstNanos == 0) {
            firstNanos = arrived;
          }
          lastNanos = arrived;
        }
      } catch (IOException | RuntimeException e) {
        failures.incrementAndGet();
      }
      // The latency counts from arrival: reading the batch here is not ClassPass's time.
      sleepUntil(arrived + latencyNanos);
      // Out of flight just before the answer leaves: from then on the sender may send the key
      // again, so a later request naming it is no overlap.
      held.forEach(inFlight::remove);
      exchange.getResponseHeaders().set("Content-Type", "application/json");
      exchange.sendResponseHeaders(200, ANSWER.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(ANSWER);
      }
    }
  }

  private static void sleepUntil(long deadline) {
    for (long left = deadline - System.nanoTime(); left > 0; left = deadline - System.nanoTime()) {
      LockSupport.parkNanos(left);
    }
  }
}
