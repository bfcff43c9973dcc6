package io.github.aggregatorsdk.classpass.outbox;

import io.github.aggregatorsdk.classpass.internal.MessageWithheld;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers the outbox to ClassPass: claims due events with a lease, pushes them as one
 * batch-updates request, and reports the outcome back to the {@link OutboxStore}. Build one with
 * {@link #builder()}; thread-safe.
 *
 * <p><b>Lifecycle.</b> {@link #start()} runs a background thread (by default a daemon thread
 * named {@code classpass-dispatcher}) that dispatches every dispatch interval, at once after
 * {@link #wakeUp()}, and back to back while full batches are due. {@link #stop()} (or {@link
 * #close()}) lets an in-flight batch finish, waiting up to the shutdown timeout, then interrupts
 * it; the dispatcher can be started again. Hosts without a background thread, and tests, call
 * {@link #dispatchOnce()} or {@link #drain()} instead.
 *
 * <p><b>Delivery</b> is at least once: an event is removed only after ClassPass accepted it, and
 * a dispatcher that dies leaves its claims to expire, after which any dispatcher sends them again
 * (re-sending the latest state is harmless). The lease MUST exceed the time one batch can take,
 * client retries and one-by-one resending included; no event is sent once its lease has (nearly)
 * run out, so two dispatchers never send the same entry at once. On failure:
 *
 * <ul>
 *   <li>no answer, 5xx, 408: an attempt is counted and the events are due again after an
 *       exponential backoff with jitter ({@code Retry-After} when ClassPass sent one; never longer
 *       than the maximum backoff);
 *   <li>429: the same, and all sending pauses for that wait;
 *   <li>other 4xx: a batch is resent event by event, so that one bad event cannot hold back the
 *       others; an event ClassPass refuses on its own is dead-lettered at once;
 *   <li>401 and 403 (a configuration problem): the events stay queued without an attempt counted
 *       and are retried when their lease ends, sending pauses with growing backoff, and one ERROR
 *       is logged until a batch succeeds again. Such events are never dead-lettered for it.
 * </ul>
 *
 * <p>An event that failed its last allowed attempt, or failed when older than the maximum age,
 * is dead-lettered: it stays queryable in the store and is reported to the {@link
 * DeadLetterListener}. Logs name event ids, keys and HTTP statuses, never payloads or the token.
 */
public final class OutboxDispatcher implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(OutboxDispatcher.class);

  private final OutboxStore store;
  private final String ownerId;
  private final int batchSize;
  private final Duration dispatchInterval;
  private final Duration lease;
  private final Duration shutdownTimeout;
  private final ThreadFactory threadFactory;
  private final BatchSender sender;
  private final ReentrantLock dispatchLock = new ReentrantLock();
  private final Object signal = new Object();
  private boolean woken;
  private volatile Thread thread;
  private volatile long pausedUntil = System.nanoTime();
  private int storeFailuresInARow;
  private final Clock clock;
  private final Duration deadLetterRetention;
  private final DispatchObserver observer;
  private volatile Throwable died;
  private long nextPurge = System.nanoTime();

  OutboxDispatcher(OutboxDispatcherBuilder builder, String ownerId,
      OutboxDispatcherBuilder.Calls calls) {
    this.store = builder.store;
    this.ownerId = ownerId;
    this.batchSize = builder.batchSize;
    this.dispatchInterval = builder.dispatchInterval;
    this.lease = calls.lease();
    this.shutdownTimeout = builder.shutdownTimeout;
    this.threadFactory = builder.threadFactory;
    this.clock = builder.clock;
    this.deadLetterRetention = builder.deadLetterRetention;
    this.observer = builder.dispatchObserver;
    this.sender = new BatchSender(builder.store, calls.client(), ownerId,
        builder.policy(), builder.clock, builder.dispatchListener, builder.deadLetterListener,
        calls.maxCallTime(), builder.venueRegistrations);
  }

  /**
   * A builder; the store and the client are required.
   *
   * <p><b>Advanced:</b> {@link io.github.aggregatorsdk.classpass.ClassPassIntegration} builds and
   * wires this part for you; build it yourself only to use it alone (a test, a custom stack).
   *
   * @return a new builder; never null
   */
  public static OutboxDispatcherBuilder builder() {
    return new OutboxDispatcherBuilder();
  }

  /** Starts the background thread; does nothing when it runs already, restarts a dead one. */
  public void start() {
    synchronized (signal) {
      if (thread != null && thread.isAlive()) {
        return;
      }
      Thread started = threadFactory.newThread(this::run);
      thread = started;
      started.start();
    }
    LOG.info("ClassPass dispatcher {} started (batch size {}, interval {}, lease {})",
        ownerId, batchSize, dispatchInterval, lease);
  }

  /**
   * Stops the background thread: lets an in-flight batch finish, waiting up to the shutdown
   * timeout, then interrupts it (its events are retried once their lease ends). Does nothing when
   * not running. Events stay in the store.
   */
  public void stop() {
    Thread stopping;
    synchronized (signal) {
      stopping = thread;
      thread = null;
      signal.notifyAll();
    }
    if (stopping == null) {
      return;
    }
    try {
      stopping.join(Math.max(1, shutdownTimeout.toMillis()));
      if (stopping.isAlive()) {
        LOG.warn("ClassPass dispatcher {} did not finish its batch within {}; interrupting it",
            ownerId, shutdownTimeout);
        stopping.interrupt();
        stopping.join(TimeUnit.SECONDS.toMillis(5));
      }
    } catch (InterruptedException e) {
      stopping.interrupt();
      Thread.currentThread().interrupt();
    }
    LOG.info("ClassPass dispatcher {} stopped", ownerId);
  }

  /** Same as {@link #stop()}. */
  @Override
  public void close() {
    stop();
  }

  /**
   * Whether the background thread runs.
   *
   * @return true between {@link #start()} and {@link #stop()}, unless the thread died
   */
  public boolean isRunning() {
    Thread running = thread;
    return running != null && running.isAlive() && died == null;
  }

  /**
   * Why the background thread died, if it did: it was started, not stopped, and ended on an
   * error nothing could handle (nothing is delivered until the dispatcher is started again).
   * Health and metrics report it.
   *
   * @return the error's class name, never its message; empty while the thread lives or after
   *     {@link #stop()}
   */
  public Optional<String> failure() {
    Throwable cause = died;
    return thread != null && cause != null
        ? Optional.of(cause.getClass().getName()) : Optional.empty();
  }

  /**
   * Asks the background thread to dispatch now rather than at the next interval; cheap, never
   * blocks. Ignored while sending is paused after a 401, 403 or 429. The incremental sync calls
   * it when given {@code dispatcher::wakeUp} as its on-enqueue callback.
   */
  public void wakeUp() {
    synchronized (signal) {
      woken = true;
      signal.notifyAll();
    }
  }

  /**
   * Claims up to one batch of due events and delivers it, on the caller's thread; waits while
   * the background thread is sending a batch. Ignores a pause the background thread keeps.
   *
   * @return how many events were claimed; 0 when none was due
   * @throws OutboxStoreException when the store failed; claimed events are retried when their
   *     lease ends
   */
  public int dispatchOnce() {
    dispatchLock.lock();
    try {
      List<OutboxEntry> claimed = store.claim(ownerId, batchSize, lease);
      if (claimed.isEmpty()) {
        return 0;
      }
      long leaseEnd = System.nanoTime() + lease.toNanos() - lease.toNanos() / 10;
      DispatchObserver.Batch observed = observe(claimed.size());
      Duration pause;
      try {
        pause = sender.send(claimed, leaseEnd);
      } catch (RuntimeException e) {
        tell(() -> observed.failed(e));
        throw e;
      }
      tell(() -> observed.finished(sender.delivered()));
      if (!pause.isZero()) {
        pausedUntil = System.nanoTime() + pause.toNanos();
      }
      return claimed.size();
    } finally {
      dispatchLock.unlock();
    }
  }

  private DispatchObserver.Batch observe(int events) {
    try {
      return Objects.requireNonNull(observer.started(events), "batch");
    } catch (RuntimeException e) {
      LOG.debug("dispatch observer failed with {}", e.getClass().getName());
      return DispatchObserver.none().started(events);
    }
  }

  private static void tell(Runnable observerCall) {
    try {
      observerCall.run();
    } catch (RuntimeException e) {
      LOG.debug("dispatch observer failed with {}", e.getClass().getName());
    }
  }

  /**
   * Dispatches batch after batch until no event is due or sending must pause. Events waiting for
   * a retry are not waited for.
   *
   * @return how many events were claimed in all (an event retried at once counts again)
   * @throws OutboxStoreException when the store failed
   */
  public int drain() {
    int total = 0;
    while (true) {
      long pauseBefore = pausedUntil;
      int claimed = dispatchOnce();
      total += claimed;
      if (claimed == 0 || pausedUntil != pauseBefore) {
        return total;
      }
    }
  }

  /**
   * This dispatcher's claim owner: unique per instance, random UUID and host name by default.
   *
   * @return the id; never null
   */
  public String ownerId() {
    return ownerId;
  }

  @Override
  public String toString() {
    return "OutboxDispatcher[owner=" + ownerId + ", store=" + store + "]";
  }

  private void run() {
    died = null;
    try {
      loop();
    } catch (Throwable t) {
      died = t;
      LOG.error("ClassPass dispatcher {} died with {}; nothing is delivered until it is started"
          + " again", ownerId, t.getClass().getName());
      LOG.debug("dispatcher death", MessageWithheld.of(t));
    }
  }

  private void loop() {
    while (thread == Thread.currentThread()) {
      purgeDeadLettersHourly();
      long pauseLeft = pausedUntil - System.nanoTime();
      if (pauseLeft > 0) {
        if (!await(pauseLeft, false)) {
          return;
        }
        continue;
      }
      int claimed;
      try {
        claimed = dispatchOnce();
        storeFailuresInARow = 0;
      } catch (RuntimeException e) {
        storeFailed(e);
        continue;
      }
      if (claimed < batchSize && pausedUntil - System.nanoTime() <= 0
          && !await(dispatchInterval.toNanos(), true)) {
        return;
      }
    }
  }

  /** Dead letters older than the retention go, checked at start and about once an hour. */
  private void purgeDeadLettersHourly() {
    if (System.nanoTime() - nextPurge < 0) {
      return;
    }
    nextPurge = System.nanoTime() + TimeUnit.HOURS.toNanos(1);
    try {
      int purged = store.purgeDeadLetters(clock.instant().minus(deadLetterRetention));
      if (purged > 0) {
        LOG.info("purged {} ClassPass dead letters older than {}", purged, deadLetterRetention);
      }
    } catch (RuntimeException e) {
      LOG.warn("could not purge ClassPass dead letters ({})", e.getClass().getName());
    }
  }

  private void storeFailed(RuntimeException e) {
    storeFailuresInARow++;
    long doublings = Math.min(storeFailuresInARow - 1, 6);
    Duration wait = dispatchInterval.multipliedBy(1L << doublings);
    // An OutboxStoreException names the operation and table, never a payload.
    String what = e instanceof OutboxStoreException ? e.getMessage() : e.getClass().getName();
    LOG.warn("ClassPass dispatcher {} failed ({}); trying again in {}", ownerId, what, wait);
    LOG.debug("dispatcher failure", MessageWithheld.of(e));
    pausedUntil = System.nanoTime() + wait.toNanos();
  }

  /**
   * Waits until stopped, the time passed or (when {@code wakeable}) {@link #wakeUp()}.
   *
   * @return false when the thread was interrupted and must end
   */
  private boolean await(long nanos, boolean wakeable) {
    long deadline = System.nanoTime() + nanos;
    synchronized (signal) {
      try {
        while (thread == Thread.currentThread() && !(wakeable && woken)) {
          long left = deadline - System.nanoTime();
          if (left <= 0) {
            break;
          }
          TimeUnit.NANOSECONDS.timedWait(signal, left);
        }
      } catch (InterruptedException e) {
        return false;
      }
      if (wakeable) {
        woken = false;
      }
    }
    return true;
  }
}
