package io.github.aggregatorsdk.classpass.benchmarks;

import com.sun.net.httpserver.Headers;
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
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;

/**
 * A stand-in for ClassPass's Inventory API on loopback: answers every request with 200 and
 * {@code {}} after an optional fixed latency, and counts what it received. It is the JDK's own
 * HTTP server handling one request at a time on its dispatcher thread, which is all a synchronous
 * client needs and adds less noise than a mock server with matching and journaling.
 */
public final class LoopbackInventoryServer implements AutoCloseable {

  static {
    // The JDK server writes headers and body in two TCP writes; without TCP_NODELAY every answer
    // can wait ~40 ms for the client's delayed ACK, which would swamp what is being measured.
    // Read once, when the server classes load, so it must be set before the first server starts.
    System.setProperty("sun.net.httpserver.nodelay", "true");
  }

  private static final byte[] ANSWER = "{}".getBytes(StandardCharsets.UTF_8);

  private final HttpServer server;
  private final long latencyNanos;
  private final AtomicLong requests = new AtomicLong();
  private final AtomicLong bodyBytes = new AtomicLong();
  private final Map<String, AtomicLong> requestsByPath = new ConcurrentHashMap<>();
  private final AtomicReference<Received> last = new AtomicReference<>();

  private LoopbackInventoryServer(int port, Duration latency) throws IOException {
    this.latencyNanos = latency.toNanos();
    this.server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
    server.createContext("/", this::answer);
    server.start();
  }

  /** Starts a server that answers at once. */
  public static LoopbackInventoryServer start() {
    return start(Duration.ZERO);
  }

  /** Starts a server that waits {@code latency} before answering each request. */
  public static LoopbackInventoryServer start(Duration latency) {
    return start(0, latency);
  }

  private static LoopbackInventoryServer start(int port, Duration latency) {
    try {
      return new LoopbackInventoryServer(port, latency);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start the loopback server on port " + port, e);
    }
  }

  /**
   * Serves until the process is stopped: the ClassPass that an app under load (P3 against the
   * studio app) pushes its updates to. Arguments: port (default 9090), latency in ms (default 0).
   */
  public static void main(String[] args) throws InterruptedException {
    int port = args.length > 0 ? Integer.parseInt(args[0]) : 9090;
    Duration latency = Duration.ofMillis(args.length > 1 ? Long.parseLong(args[1]) : 0);
    LoopbackInventoryServer server = start(port, latency);
    Runtime.getRuntime().addShutdownHook(new Thread(
        () -> System.out.println(server.requests() + " requests received")));
    System.out.println("Stand-in ClassPass Inventory API on " + server.baseUrl()
        + "; stop with Ctrl-C");
    Thread.currentThread().join();
  }

  /** The base URL to give the client, e.g. {@code http://127.0.0.1:41234}. */
  public URI baseUrl() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  /** Requests received since start or the last {@link #reset()}. */
  public long requests() {
    return requests.get();
  }

  /** Requests received on one path, such as {@code /v1/inventory/batch-updates}. */
  public long requests(String path) {
    AtomicLong count = requestsByPath.get(path);
    return count == null ? 0 : count.get();
  }

  /** Request body bytes received since start or the last {@link #reset()}. */
  public long bodyBytes() {
    return bodyBytes.get();
  }

  /** The last request received; null before the first. */
  public Received lastRequest() {
    return last.get();
  }

  /** Sets the counts back to zero. */
  public void reset() {
    requests.set(0);
    bodyBytes.set(0);
    requestsByPath.clear();
    last.set(null);
  }

  @Override
  public void close() {
    server.stop(0);
  }

  private void answer(HttpExchange exchange) throws IOException {
    try (exchange) {
      byte[] body;
      try (InputStream in = exchange.getRequestBody()) {
        body = in.readAllBytes();
      }
      String path = exchange.getRequestURI().getPath();
      requests.incrementAndGet();
      bodyBytes.addAndGet(body.length);
      requestsByPath.computeIfAbsent(path, p -> new AtomicLong()).incrementAndGet();
      last.set(new Received(exchange.getRequestMethod(), path, exchange.getRequestHeaders(), body));
      if (latencyNanos > 0) {
        sleep(latencyNanos);
      }
      exchange.getResponseHeaders().set("Content-Type", "application/json");
      exchange.sendResponseHeaders(200, ANSWER.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(ANSWER);
      }
    }
  }

  /** Thread.sleep's granularity is coarse on some systems; parking to a deadline is tighter. */
  private static void sleep(long nanos) {
    long deadline = System.nanoTime() + nanos;
    for (long left = nanos; left > 0; left = deadline - System.nanoTime()) {
      LockSupport.parkNanos(left);
    }
  }

  /** What one request carried. */
  public record Received(String method, String path, Headers headers, byte[] body) {}
}
