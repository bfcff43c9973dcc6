package io.github.aggregatorsdk.classpass.partnerapi;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
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
 * <p>Requests run on a bounded pool of daemon worker threads ({@value #DEFAULT_THREADS} by default)
 * with a bounded queue of {@value #QUEUE_PER_THREAD} requests per thread; when both are full, the
 * server's accepting thread runs the request itself, which slows down accepting instead of dropping
 * requests or growing without bound. The server speaks plain HTTP: put TLS in front of it
 * (ClassPass calls the host over HTTPS). Thread-safe.
 *
 * <p>The JDK's server writes an answer's headers and body in two TCP writes, so with Nagle's
 * algorithm each answer can wait about 40 ms for the client's delayed acknowledgement. Start the
 * JVM with {@code -Dsun.net.httpserver.nodelay=true} to avoid that; the SDK does not set this
 * JVM-wide property for you.
 */
public final class PartnerApiServer implements AutoCloseable {

  /** Worker threads of {@link #start(InetSocketAddress, PartnerApiHandler)}. */
  public static final int DEFAULT_THREADS = 8;

  /** Requests that may wait for a worker, per worker thread. */
  public static final int QUEUE_PER_THREAD = 32;

  private static final int STOP_GRACE_SECONDS = 1;

  private final HttpServer server;
  private final ThreadPoolExecutor executor;
  private final AtomicInteger inFlight;

  private PartnerApiServer(HttpServer server, ThreadPoolExecutor executor, AtomicInteger inFlight) {
    this.server = server;
    this.executor = executor;
    this.inFlight = inFlight;
  }

  /**
   * Starts serving with {@value #DEFAULT_THREADS} worker threads.
   *
   * @param address where to listen; port 0 picks a free port (see {@link #port()}); never null
   * @param handler the partner API; never null
   * @return the running server; never null
   * @throws UncheckedIOException when the address cannot be bound
   */
  public static PartnerApiServer start(InetSocketAddress address, PartnerApiHandler handler) {
    return start(address, handler, DEFAULT_THREADS);
  }

  /**
   * Starts serving.
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
    Objects.requireNonNull(address, "address");
    Objects.requireNonNull(handler, "handler");
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be >= 1, was " + threads);
    }
    HttpServer server;
    try {
      server = HttpServer.create(address, 0);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot listen on " + address, e);
    }
    ThreadPoolExecutor executor =
        new ThreadPoolExecutor(
            threads,
            threads,
            60,
            TimeUnit.SECONDS,
            new ArrayBlockingQueue<>(threads * QUEUE_PER_THREAD),
            new WorkerThreads(),
            new ThreadPoolExecutor.CallerRunsPolicy());
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
   * connections) and its worker threads. Calling it again does nothing.
   */
  @Override
  public void close() {
    if (executor.isShutdown()) {
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
    executor.shutdown();
    try {
      if (!executor.awaitTermination(STOP_GRACE_SECONDS, TimeUnit.SECONDS)) {
        executor.shutdownNow();
      }
    } catch (InterruptedException e) {
      executor.shutdownNow();
      Thread.currentThread().interrupt();
    }
  }

  /** Prints the bound address. */
  @Override
  public String toString() {
    return "PartnerApiServer[" + server.getAddress() + "]";
  }

  /** Daemon threads named after the server, so a forgotten server never blocks JVM exit. */
  private static final class WorkerThreads implements ThreadFactory {
    private static final AtomicInteger SERVERS = new AtomicInteger();
    private final int server = SERVERS.incrementAndGet();
    private final AtomicInteger threads = new AtomicInteger();

    @Override
    public Thread newThread(Runnable task) {
      Thread thread =
          new Thread(
              task, "classpass-partner-api-" + server + "-worker-" + threads.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    }
  }
}
