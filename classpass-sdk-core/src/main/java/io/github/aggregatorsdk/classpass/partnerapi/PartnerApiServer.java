package io.github.aggregatorsdk.classpass.partnerapi;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The partner API on the JDK's HTTP server, for hosts without a web framework:
 *
 * <pre>{@code
 * try (PartnerApiServer server =
 *     PartnerApiServer.start(new InetSocketAddress(8080), handler)) {
 *   // serving on server.port() until closed
 * }
 * }</pre>
 *
 * <p>Limits, all settable through {@link #builder(InetSocketAddress, PartnerApiHandler)}:
 * requests run on a fixed pool of daemon worker threads ({@value
 * PartnerApiServerBuilder#DEFAULT_THREADS} by default) with a small bounded queue ({@value
 * PartnerApiServerBuilder#DEFAULT_QUEUE_SIZE} requests, each waiting at most 500 ms); a request
 * that finds both full is answered 503 with the partner API's error body and {@code Connection:
 * close}, quickly and never on the server's accepting thread. Request headers, request body and
 * answer each have a time limit (10 s by default); a client that exceeds one has its connection
 * closed and frees its worker. A request
 * refused before its body arrived (401, 413, 415, 400) is answered and its connection closed
 * without waiting for the rest. The host may run requests on its own {@link
 * PartnerApiServerBuilder#executor(java.util.concurrent.Executor) executor} instead.
 *
 * <p>The server speaks plain HTTP: put TLS in front of it (ClassPass calls the host over HTTPS). On
 * a host reachable from the internet, a reverse proxy in front of it also absorbs floods of slow
 * clients, which here each still hold a worker up to the time limits. Thread-safe.
 *
 * <p>The JDK's server writes an answer's headers and body in two TCP writes, so with Nagle's
 * algorithm each answer can wait about 40 ms for the client's delayed acknowledgement. Start the
 * JVM with {@code -Dsun.net.httpserver.nodelay=true} to avoid that; the SDK does not set this
 * JVM-wide property for you.
 */
public final class PartnerApiServer implements AutoCloseable {

  private static final int STOP_GRACE_SECONDS = 1;

  private final HttpServer server;
  private final ExchangeExecutor executor;
  private final AtomicInteger inFlight;
  private final AtomicBoolean closed = new AtomicBoolean();

  private PartnerApiServer(HttpServer server, ExchangeExecutor executor, AtomicInteger inFlight) {
    this.server = server;
    this.executor = executor;
    this.inFlight = inFlight;
  }

  /**
   * A builder for a server with other limits or the host's executor.
   *
   * @param address where to listen; port 0 picks a free port (see {@link #port()}); never null
   * @param handler the partner API; never null
   * @return a new builder with the default limits; never null
   */
  public static PartnerApiServerBuilder builder(
      InetSocketAddress address, PartnerApiHandler handler) {
    return new PartnerApiServerBuilder(address, handler);
  }

  /**
   * Starts serving with the default limits.
   *
   * @param address where to listen; port 0 picks a free port (see {@link #port()}); never null
   * @param handler the partner API; never null
   * @return the running server; never null
   * @throws UncheckedIOException when the address cannot be bound
   */
  public static PartnerApiServer start(InetSocketAddress address, PartnerApiHandler handler) {
    return builder(address, handler).start();
  }

  /**
   * Starts serving with the default limits but another number of worker threads.
   *
   * @param address where to listen; port 0 picks a free port (see {@link #port()}); never null
   * @param handler the partner API; never null
   * @param threads worker threads; at least 1
   * @return the running server; never null
   * @throws UncheckedIOException when the address cannot be bound
   * @throws IllegalArgumentException when {@code threads} is below 1
   */
  public static PartnerApiServer start(
      InetSocketAddress address, PartnerApiHandler handler, int threads) {
    return builder(address, handler).threads(threads).start();
  }

  static PartnerApiServer start(
      InetSocketAddress address, PartnerApiHandler handler, ServerSettings settings) {
    HttpServer server;
    try {
      server = HttpServer.create(address, 0);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot listen on " + address, e);
    }
    ExchangeExecutor executor = new ExchangeExecutor(settings);
    String context = handler.basePath().isEmpty() ? "/" : handler.basePath();
    PartnerApiHttpHandler adapter = new PartnerApiHttpHandler(handler);
    AtomicInteger inFlight = new AtomicInteger();
    server.createContext(
        context,
        exchange -> {
          inFlight.incrementAndGet();
          try {
            adapter.handle(exchange);
          } finally {
            inFlight.decrementAndGet();
          }
        });
    server.setExecutor(executor);
    server.start();
    return new PartnerApiServer(server, executor, inFlight);
  }

  /**
   * The address the server listens on, with the port actually bound.
   *
   * @return the address; never null
   */
  public InetSocketAddress address() {
    return server.getAddress();
  }

  /**
   * The port the server listens on, also when it was started on port 0.
   *
   * @return the port
   */
  public int port() {
    return server.getAddress().getPort();
  }

  /**
   * Lets the requests being answered finish for up to a second, then stops the server (closing its
   * connections) and its own threads; a host's executor is left running. Calling it again does
   * nothing.
   */
  @Override
  public void close() {
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    // HttpServer.stop(n) may wait all n seconds even when idle, so wait for running requests here.
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(STOP_GRACE_SECONDS);
    try {
      while (inFlight.get() > 0 && System.nanoTime() < deadline) {
        Thread.sleep(10);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    server.stop(0);
    executor.close();
  }

  /** Prints the bound address. */
  @Override
  public String toString() {
    return "PartnerApiServer[" + server.getAddress() + "]";
  }
}
