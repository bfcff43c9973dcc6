package io.github.aggregatorsdk.classpass.partnerapi;

import io.github.aggregatorsdk.classpass.partnerapi.ExchangeContext.Mode;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingDeque;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The executor the JDK server hands each connection's next request to, on its one accepting
 * thread. The JDK's task reads the request line and headers itself, blocking, before it calls the
 * handler; so a slow client occupies a worker from its first byte on, and this class bounds that.
 *
 * <ul>
 *   <li>Requests run on the workers (the SDK's bounded pool, or the host's executor) under a time
 *       limit on headers, body and answer, enforced by the {@link Watchdog}.
 *   <li>A request no worker takes (pool and queue full, the host's executor rejects, or it waited
 *       longer than the queue allows) goes to two refusing threads that answer 503 within short
 *       limits of their own. They take the newest first, so stale slow clients cannot starve it.
 *   <li>When even their backlog is full, the connection is closed at once: its task runs with the
 *       thread's interrupt set, so its first read closes the channel instead of blocking. That is
 *       all that ever happens on the accepting thread.
 * </ul>
 */
final class ExchangeExecutor implements Executor, AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(ExchangeExecutor.class);
  private static final ThreadLocal<ExchangeContext> CURRENT = new ThreadLocal<>();
  private static final AtomicInteger SERVERS = new AtomicInteger();

  private static final int REFUSING_THREADS = 2;
  private static final int REFUSAL_BACKLOG = 128;
  private static final long REFUSAL_HEADERS_NANOS = TimeUnit.MILLISECONDS.toNanos(200);
  private static final long REFUSAL_RESPONSE_NANOS = TimeUnit.SECONDS.toNanos(1);
  /** Headers already buffered are read in microseconds; this is what a late pick-up still gets. */
  private static final long MIN_HEADERS_NANOS = TimeUnit.MILLISECONDS.toNanos(50);

  private final ThreadPoolExecutor ownWorkers;
  private final Executor workers;
  private final ThreadPoolExecutor refusers;
  private final Watchdog watchdog;
  private final long headersNanos;
  private final long bodyNanos;
  private final long responseNanos;
  private final long maxQueueWaitNanos;

  ExchangeExecutor(ServerSettings settings) {
    String name = "classpass-partner-api-" + SERVERS.incrementAndGet();
    this.headersNanos = settings.requestHeadersTimeout().toNanos();
    this.bodyNanos = settings.requestBodyTimeout().toNanos();
    this.responseNanos = settings.responseTimeout().toNanos();
    this.maxQueueWaitNanos = settings.maxQueueWait().toNanos();
    this.watchdog = new Watchdog(name + "-watchdog");
    if (settings.executor() == null) {
      BlockingQueue<Runnable> queue =
          settings.queueSize() == 0
              ? new SynchronousQueue<>()
              : new ArrayBlockingQueue<>(settings.queueSize());
      this.ownWorkers =
          new ThreadPoolExecutor(
              settings.threads(),
              settings.threads(),
              60,
              TimeUnit.SECONDS,
              queue,
              new DaemonThreads(name + "-worker-"),
              new ThreadPoolExecutor.AbortPolicy());
      this.workers = ownWorkers;
      if (settings.queueSize() > 0) {
        long period = Math.max(TimeUnit.MILLISECONDS.toNanos(5), maxQueueWaitNanos / 10);
        watchdog.every(Math.min(period, TimeUnit.MILLISECONDS.toNanos(50)), this::refuseStale);
      }
    } else {
      this.ownWorkers = null;
      this.workers = settings.executor();
    }
    this.refusers =
        new ThreadPoolExecutor(
            REFUSING_THREADS,
            REFUSING_THREADS,
            60,
            TimeUnit.SECONDS,
            new NewestFirst(REFUSAL_BACKLOG),
            new DaemonThreads(name + "-refuser-"),
            new ThreadPoolExecutor.AbortPolicy());
  }

  /** The exchange running on this thread; {@link ExchangeContext#UNLIMITED} outside of one. */
  static ExchangeContext current() {
    ExchangeContext context = CURRENT.get();
    return context == null ? ExchangeContext.UNLIMITED : context;
  }

  @Override
  public void execute(Runnable exchange) {
    Dispatch dispatch = new Dispatch(exchange, System.nanoTime(), Thread.currentThread());
    try {
      workers.execute(dispatch);
    } catch (RejectedExecutionException e) {
      refuse(dispatch);
    }
  }

  /** Stops the SDK's own threads; a host's executor is the host's to stop. */
  @Override
  public void close() {
    watchdog.close();
    refusers.shutdownNow();
    if (ownWorkers != null) {
      ownWorkers.shutdown();
      try {
        if (!ownWorkers.awaitTermination(1, TimeUnit.SECONDS)) {
          ownWorkers.shutdownNow();
        }
      } catch (InterruptedException e) {
        ownWorkers.shutdownNow();
        Thread.currentThread().interrupt();
      }
    }
  }

  private void serve(Dispatch dispatch) {
    if (Thread.currentThread() == dispatch.dispatcher) {
      // A host executor that runs tasks on the caller would stall the accepting thread.
      refuse(dispatch);
      return;
    }
    long headersDeadline =
        Math.max(dispatch.dispatched + headersNanos, System.nanoTime() + MIN_HEADERS_NANOS);
    run(dispatch, Mode.SERVE, headersDeadline, responseNanos);
  }

  private void refuse(Dispatch dispatch) {
    Refusal refusal = new Refusal(dispatch);
    try {
      refusers.execute(refusal);
    } catch (RejectedExecutionException full) {
      // The newest request is the likeliest to be a live client: drop the oldest waiting instead.
      if (refusers.getQueue() instanceof NewestFirst backlog
          && backlog.pollLast() instanceof Refusal oldest) {
        abort(oldest.dispatch);
        try {
          refusers.execute(refusal);
          return;
        } catch (RejectedExecutionException stillFull) {
          // closing below
        }
      }
      abort(dispatch);
    }
  }

  private void run(Dispatch dispatch, Mode mode, long headersDeadline, long answerNanos) {
    Watchdog.Deadline headers = watchdog.arm(headersDeadline);
    CURRENT.set(new ExchangeContext(mode, watchdog, headers, bodyNanos, answerNanos));
    try {
      dispatch.exchange.run();
    } finally {
      CURRENT.remove();
      headers.disarm();
    }
  }

  /** Closes the connection without blocking: with the interrupt set, its first read closes it. */
  private static void abort(Dispatch dispatch) {
    CURRENT.set(new ExchangeContext(Mode.ABORT, null, null, 0, 0));
    Thread.currentThread().interrupt();
    try {
      dispatch.exchange.run();
    } finally {
      Thread.interrupted();
      CURRENT.remove();
    }
  }

  /** Moves requests that waited too long for a worker to the refusing threads. */
  private void refuseStale() {
    long now = System.nanoTime();
    try {
      for (Runnable task : ownWorkers.getQueue()) {
        if (task instanceof Dispatch dispatch
            && now - dispatch.dispatched > maxQueueWaitNanos
            && ownWorkers.remove(dispatch)) {
          refuse(dispatch);
        }
      }
    } catch (RuntimeException e) {
      // A periodic task that throws is never run again; the next round retries.
      LOG.warn("partner API server could not refuse stale requests: {}", e.getClass().getName());
    }
  }

  /** One request of a connection, as the JDK server handed it over. */
  private final class Dispatch implements Runnable {
    private final Runnable exchange;
    private final long dispatched;
    private final Thread dispatcher;

    Dispatch(Runnable exchange, long dispatched, Thread dispatcher) {
      this.exchange = exchange;
      this.dispatched = dispatched;
      this.dispatcher = dispatcher;
    }

    @Override
    public void run() {
      serve(this);
    }
  }

  /** A request answered 503 by a refusing thread. */
  private final class Refusal implements Runnable {
    private final Dispatch dispatch;

    Refusal(Dispatch dispatch) {
      this.dispatch = dispatch;
    }

    @Override
    public void run() {
      long headersDeadline =
          Math.max(
              dispatch.dispatched + REFUSAL_HEADERS_NANOS, System.nanoTime() + MIN_HEADERS_NANOS);
      ExchangeExecutor.this.run(dispatch, Mode.REFUSE, headersDeadline, REFUSAL_RESPONSE_NANOS);
    }
  }

  /** A bounded queue a pool takes the newest task from first. */
  private static final class NewestFirst extends LinkedBlockingDeque<Runnable> {
    private static final long serialVersionUID = 1L;

    NewestFirst(int capacity) {
      super(capacity);
    }

    @Override
    public boolean offer(Runnable task) {
      return offerFirst(task);
    }
  }

  /** Daemon threads named after the server, so a forgotten server never blocks JVM exit. */
  private static final class DaemonThreads implements ThreadFactory {
    private final String prefix;
    private final AtomicInteger threads = new AtomicInteger();

    DaemonThreads(String prefix) {
      this.prefix = prefix;
    }

    @Override
    public Thread newThread(Runnable task) {
      Thread thread = new Thread(task, prefix + threads.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    }
  }
}
