package io.github.aggregatorsdk.classpass.partnerapi;

import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;

/**
 * Builds and starts a {@link PartnerApiServer}; obtain one from {@link
 * PartnerApiServer#builder(InetSocketAddress, PartnerApiHandler)}. Not thread-safe.
 *
 * <pre>{@code
 * PartnerApiServer server = PartnerApiServer.builder(new InetSocketAddress(8080), handler)
 *     .threads(16)
 *     .requestBodyTimeout(Duration.ofSeconds(5))
 *     .start();
 * }</pre>
 */
public final class PartnerApiServerBuilder {

  /** Default of {@link #threads(int)}. */
  public static final int DEFAULT_THREADS = 8;

  /** Default of {@link #queueSize(int)}. */
  public static final int DEFAULT_QUEUE_SIZE = 16;

  /** Default of {@link #maxQueueWait(Duration)}. */
  public static final Duration DEFAULT_MAX_QUEUE_WAIT = Duration.ofMillis(500);

  /** Default of {@link #requestHeadersTimeout(Duration)}. */
  public static final Duration DEFAULT_REQUEST_HEADERS_TIMEOUT = Duration.ofSeconds(10);

  /** Default of {@link #requestBodyTimeout(Duration)}. */
  public static final Duration DEFAULT_REQUEST_BODY_TIMEOUT = Duration.ofSeconds(10);

  /** Default of {@link #responseTimeout(Duration)}. */
  public static final Duration DEFAULT_RESPONSE_TIMEOUT = Duration.ofSeconds(10);

  private final InetSocketAddress address;
  private final PartnerApiHandler handler;
  private int threads = DEFAULT_THREADS;
  private int queueSize = DEFAULT_QUEUE_SIZE;
  private Duration maxQueueWait = DEFAULT_MAX_QUEUE_WAIT;
  private Duration requestHeadersTimeout = DEFAULT_REQUEST_HEADERS_TIMEOUT;
  private Duration requestBodyTimeout = DEFAULT_REQUEST_BODY_TIMEOUT;
  private Duration responseTimeout = DEFAULT_RESPONSE_TIMEOUT;
  private Executor executor;

  PartnerApiServerBuilder(InetSocketAddress address, PartnerApiHandler handler) {
    this.address = Objects.requireNonNull(address, "address");
    this.handler = Objects.requireNonNull(handler, "handler");
  }

  /**
   * Worker threads of the server's own executor, default {@value #DEFAULT_THREADS}. A worker is
   * busy from a request's first byte until its answer is written, so slow clients hold one for up
   * to the time limits below.
   *
   * @param threads at least 1
   * @return this builder
   * @throws IllegalArgumentException when {@code threads} is below 1
   */
  public PartnerApiServerBuilder threads(int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be >= 1, was " + threads);
    }
    this.threads = threads;
    return this;
  }

  /**
   * Requests that may wait for a worker of the server's own executor, default {@value
   * #DEFAULT_QUEUE_SIZE}; beyond them a request is answered 503 at once.
   *
   * @param queueSize at least 0
   * @return this builder
   * @throws IllegalArgumentException when {@code queueSize} is negative
   */
  public PartnerApiServerBuilder queueSize(int queueSize) {
    if (queueSize < 0) {
      throw new IllegalArgumentException("queueSize must be >= 0, was " + queueSize);
    }
    this.queueSize = queueSize;
    return this;
  }

  /**
   * How long a request may wait in the queue for a worker of the server's own executor before it
   * is answered 503 instead, default 500 ms.
   *
   * @param maxQueueWait positive; never null
   * @return this builder
   * @throws IllegalArgumentException when not positive
   */
  public PartnerApiServerBuilder maxQueueWait(Duration maxQueueWait) {
    this.maxQueueWait = positive(maxQueueWait, "maxQueueWait");
    return this;
  }

  /**
   * Time from a request's first byte (on a kept-alive connection: from the next request's) until
   * its request line and headers have arrived, default 10 s; a slower client's connection is
   * closed without an answer.
   *
   * @param timeout positive; never null
   * @return this builder
   * @throws IllegalArgumentException when not positive
   */
  public PartnerApiServerBuilder requestHeadersTimeout(Duration timeout) {
    this.requestHeadersTimeout = positive(timeout, "requestHeadersTimeout");
    return this;
  }

  /**
   * Time to receive the whole request body once the handler starts reading it, default 10 s; a
   * slower client's connection is closed without an answer.
   *
   * @param timeout positive; never null
   * @return this builder
   * @throws IllegalArgumentException when not positive
   */
  public PartnerApiServerBuilder requestBodyTimeout(Duration timeout) {
    this.requestBodyTimeout = positive(timeout, "requestBodyTimeout");
    return this;
  }

  /**
   * Time to write an answer to the client, default 10 s; when a client reads it more slowly, its
   * connection is closed.
   *
   * @param timeout positive; never null
   * @return this builder
   * @throws IllegalArgumentException when not positive
   */
  public PartnerApiServerBuilder responseTimeout(Duration timeout) {
    this.responseTimeout = positive(timeout, "responseTimeout");
    return this;
  }

  /**
   * Runs requests on the host's executor instead of the server's own bounded pool, for example
   * {@code Executors.newVirtualThreadPerTaskExecutor()}. {@link #threads(int)}, {@link
   * #queueSize(int)} and {@link #maxQueueWait(Duration)} then do not apply; the time limits do.
   *
   * <p>Contract: the server calls {@link Executor#execute} on its single accepting thread, once per
   * request. The executor MUST NOT block in {@code execute} and SHOULD run the task on another
   * thread; a task run on the accepting thread itself is answered 503 instead of served. When it
   * is saturated it SHOULD throw {@link RejectedExecutionException}, and that request is answered
   * 503 quickly (as with the server's own executor); an executor that queues without bound never
   * answers 503, and queued requests wait. The server does not shut the executor down.
   *
   * @param executor the host's executor; never null
   * @return this builder
   */
  public PartnerApiServerBuilder executor(Executor executor) {
    this.executor = Objects.requireNonNull(executor, "executor");
    return this;
  }

  /**
   * Starts serving.
   *
   * @return the running server; never null
   * @throws UncheckedIOException when the address cannot be bound
   */
  public PartnerApiServer start() {
    return PartnerApiServer.start(
        address,
        handler,
        new ServerSettings(
            threads,
            queueSize,
            maxQueueWait,
            requestHeadersTimeout,
            requestBodyTimeout,
            responseTimeout,
            executor));
  }

  private static Duration positive(Duration duration, String name) {
    Objects.requireNonNull(duration, name);
    if (duration.isNegative() || duration.isZero()) {
      throw new IllegalArgumentException(name + " must be positive, was " + duration);
    }
    return duration;
  }

  /** Prints the settings. */
  @Override
  public String toString() {
    return "PartnerApiServerBuilder[address="
        + address
        + ", threads="
        + threads
        + ", queueSize="
        + queueSize
        + ", executor="
        + (executor == null ? "own" : executor.getClass().getName())
        + "]";
  }
}
