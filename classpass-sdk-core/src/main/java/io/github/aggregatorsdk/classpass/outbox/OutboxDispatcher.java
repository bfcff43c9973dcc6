package io.github.aggregatorsdk.classpass.outbox;

import io.github.aggregatorsdk.classpass.internal.MessageWithheld;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers the outbox to ClassPass: claims due events with a lease, pushes them as one
 * batch-updates request, and reports the outcome back to the {@link OutboxStore}. Build one with
 * {@link #builder()}; thread-safe.
 *
 * <p><b>Lifecycle.</b> {@link #start()} runs a background thread (by default a daemon thread
 * named {@code classpass-dispatcher}) that dispatches every dispatch interval, at once after
 * {@link #wakeUp()}, and back to back while full batches are due. While full batches are due it
 * keeps up to {@linkplain OutboxDispatcherBuilder#maxBatchesInFlight the maximum batches in
 * flight} at ClassPass at once: it claims the next batch while others are being sent, each sent on
 * a thread of the same thread factory, which claims and sends the next full batch in turn and
 * ends when the batches stop coming full. A batch smaller than the batch size (nothing more was
 * due) is sent on the background thread itself. {@link #stop()} (or {@link
 * #close()}) lets the batches in flight finish, waiting up to the shutdown timeout in all, then
 * interrupts them; no thread of the dispatcher outlives it, and the dispatcher can be started
 * again. Hosts without a background thread, and tests, call {@link #dispatchOnce()} or {@link
 * #drain()} instead.
 *
 * <p><b>Batches in flight.</b> The lease keeps concurrent batches apart as it keeps instances
 * apart: an entry is in at most one batch at a time, so the same coalescing key is never in
 * flight twice, and a newer version queued meanwhile waits for the older one's report. A pause
 * (429, {@code Retry-After}, refused token) stops every batch of the dispatcher: none starts a
 * call while it lasts, and their unsent entries are released. When ClassPass gives no answer
 * (timeouts, 5xx, 408) the dispatcher sends one batch at a time, no call starting while another
 * batch is at ClassPass, until a batch is accepted again, so an outage sees no more calls than
 * with one batch in flight.
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
  private final int maxBatchesInFlight;
  private final Duration dispatchInterval;
  private final Duration lease;
  private final Duration shutdownTimeout;
  private final ThreadFactory threadFactory;
  private final BatchSender sender;
  /** Guards {@link #woken}, {@link #thread}'s changes, {@link #senders} and {@link #inFlight}. */
  private final Object signal = new Object();
  private boolean woken;
  private volatile Thread thread;
  /** The threads sending a batch handed off by the background thread; they end with it. */
  private final Set<Thread> senders = new HashSet<>();
  /** Batches of the background thread being delivered, its own included. */
  private int inFlight;
  /** Since ClassPass last gave no answer and no batch succeeded: one batch in flight at most. */
  private volatile boolean unreachable;
  private volatile long pausedUntil = System.nanoTime();
  /** How many pauses were asked for, a longer one already running or not; for {@link #drain}. */
  private volatile long pauses;
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
    this.maxBatchesInFlight = builder.maxBatchesInFlight;
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
    LOG.info("ClassPass dispatcher {} started (batch size {}, up to {} in flight, interval {},"
        + " lease {})", ownerId, batchSize, maxBatchesInFlight, dispatchInterval, lease);
  }

  /**
   * Stops the background thread and the batches in flight: lets them finish, waiting up to the
   * shutdown timeout in all, then interrupts those still sending (their events are retried once
   * their lease ends). Returns when every thread of the dispatcher has ended, or 5 s after the
   * interrupt. Does nothing when not running. Events stay in the store.
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
    long deadline = System.nanoTime() + Math.max(1, shutdownTimeout.toNanos());
    try {
      // The background thread first: once it has ended, it hands off no more batches.
      join(stopping, deadline);
      List<Thread> sending = sendersNow();
      for (Thread one : sending) {
        join(one, deadline);
      }
      List<Thread> late = new ArrayList<>();
      if (stopping.isAlive()) {
        late.add(stopping);
      }
      sending.stream().filter(Thread::isAlive).forEach(late::add);
      if (!late.isEmpty()) {
        LOG.warn("ClassPass dispatcher {} did not finish its batches within {}; interrupting"
            + " them", ownerId, shutdownTimeout);
        late.forEach(Thread::interrupt);
        long grace = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        for (Thread one : late) {
          join(one, grace);
        }
        // A sender the background thread handed off while being interrupted.
        for (Thread one : sendersNow()) {
          one.interrupt();
          join(one, grace);
        }
      }
    } catch (InterruptedException e) {
      stopping.interrupt();
      sendersNow().forEach(Thread::interrupt);
      Thread.currentThread().interrupt();
    }
    LOG.info("ClassPass dispatcher {} stopped", ownerId);
  }

  private static void join(Thread thread, long deadline) throws InterruptedException {
    long left = deadline - System.nanoTime();
    if (left > 0) {
      TimeUnit.NANOSECONDS.timedJoin(thread, left);
    }
  }

  private List<Thread> sendersNow() {
    synchronized (signal) {
      return List.copyOf(senders);
    }
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
   * Claims up to one batch of due events and delivers it, on the caller's thread. It may run
   * alongside the background thread's batches: the lease keeps their entries apart. Ignores a
   * pause the background thread keeps.
   *
   * @return how many events were claimed; 0 when none was due
   * @throws OutboxStoreException when the store failed; claimed events are retried when their
   *     lease ends
   */
  public int dispatchOnce() {
    List<OutboxEntry> claimed = store.claim(ownerId, batchSize, lease);
    if (claimed.isEmpty()) {
      return 0;
    }
    deliver(claimed, leaseEnd(), () -> false);
    return claimed.size();
  }

  /** When a claim made now must stop starting calls: its lease less a tenth as margin. */
  private long leaseEnd() {
    return System.nanoTime() + lease.toNanos() - lease.toNanos() / 10;
  }

  /** Sends a claimed batch and records a pause or an outage it ran into. */
  private void deliver(List<OutboxEntry> claimed, long leaseEnd, BooleanSupplier halted) {
    DispatchObserver.Batch observed = observe(claimed.size());
    BatchSender.Result result;
    try {
      result = sender.send(claimed, leaseEnd, halted);
    } catch (RuntimeException e) {
      tell(() -> observed.failed(e));
      throw e;
    }
    // The other batches see a pause or an outage before anyone hears this batch ended.
    if (!result.pause().isZero()) {
      pauseFor(result.pause().toNanos());
    }
    if (result.unreachable()) {
      unreachable = true;
    } else if (result.delivered() > 0) {
      unreachable = false;
    }
    tell(() -> observed.finished(result.delivered()));
  }

  /** Pauses all sending for at least {@code nanos}; a longer pause already set stays. */
  private void pauseFor(long nanos) {
    synchronized (signal) {
      long until = System.nanoTime() + nanos;
      if (until - pausedUntil > 0) {
        pausedUntil = until;
      }
      pauses++;
    }
  }

  private boolean paused() {
    return pausedUntil - System.nanoTime() > 0;
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
   * Dispatches batch after batch until no event is due, none of this dispatcher's own batches is
   * still in flight, or sending must pause: when it returns without a pause, every update that was
   * due when it was called has been answered by ClassPass (delivered, scheduled for a retry or
   * dead-lettered), whichever of this dispatcher's threads sent it. Events waiting for a retry are
   * not waited for; batches another instance holds are not either.
   *
   * @return how many events were claimed in all (an event retried at once counts again)
   * @throws OutboxStoreException when the store failed
   */
  public int drain() {
    int total = 0;
    while (true) {
      long pausesBefore = pauses;
      int claimed = dispatchOnce();
      total += claimed;
      if (pauses != pausesBefore) {
        return total;
      }
      // Nothing due may only mean the background thread's batches hold it: wait for them, then
      // look again (a batch may release what it did not send, or leave a newer version due).
      if (claimed == 0 && !awaitOwnBatchesInFlight()) {
        return total;
      }
    }
  }

  /**
   * Waits until none of the background thread's batches is in flight.
   *
   * @return whether there was one to wait for (false at once when none was, or when interrupted,
   *     with the interrupt kept)
   */
  private boolean awaitOwnBatchesInFlight() {
    synchronized (signal) {
      if (inFlight == 0) {
        return false;
      }
      try {
        while (inFlight > 0) {
          signal.wait();
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return false;
      }
      return true;
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
    return "OutboxDispatcher[owner=" + ownerId + ", store=" + store + ", batchSize=" + batchSize
        + ", maxBatchesInFlight=" + maxBatchesInFlight + "]";
  }

  private void run() {
    died = null;
    try {
      loop();
    } catch (Throwable t) {
      died(t);
    }
  }

  private void died(Throwable t) {
    synchronized (signal) {
      died = t;
      signal.notifyAll();
    }
    LOG.error("ClassPass dispatcher {} died with {}; nothing is delivered until it is started"
        + " again", ownerId, t.getClass().getName());
    LOG.debug("dispatcher death", MessageWithheld.of(t));
  }

  private void loop() {
    while (thread == Thread.currentThread() && died == null) {
      purgeDeadLettersHourly();
      long pauseLeft = pausedUntil - System.nanoTime();
      if (pauseLeft > 0) {
        if (!await(pauseLeft, false)) {
          return;
        }
        continue;
      }
      if (!awaitSlot()) {
        return;
      }
      if (paused()) {
        releaseSlot(null);
        continue;
      }
      List<OutboxEntry> claimed;
      try {
        claimed = store.claim(ownerId, batchSize, lease);
        storeFailuresInARow(0);
      } catch (RuntimeException e) {
        releaseSlot(null);
        storeFailed(e);
        continue;
      }
      if (claimed.isEmpty()) {
        releaseSlot(null);
        if (!await(dispatchInterval.toNanos(), true)) {
          return;
        }
        continue;
      }
      if (thread != Thread.currentThread()) {
        // Stopped while claiming: the claim is given back rather than sent after stop().
        releaseSlot(null);
        releaseQuietly(claimed);
        return;
      }
      long leaseEnd = leaseEnd();
      // A full batch says more is due: it is sent on a thread of its own while the next is
      // claimed. Anything else (the last of the due events) is sent here.
      boolean handOff = claimed.size() == batchSize && slots() > 1 && handOff(claimed, leaseEnd);
      if (handOff) {
        continue;
      }
      try {
        sendInBackground(claimed, leaseEnd);
      } finally {
        releaseSlot(null);
      }
      if (claimed.size() < batchSize && !paused() && !await(dispatchInterval.toNanos(), true)) {
        return;
      }
    }
  }

  private void releaseQuietly(List<OutboxEntry> claimed) {
    try {
      store.release(ownerId, claimed);
    } catch (RuntimeException e) {
      LOG.debug("could not release {} claimed events ({}); they are due when their lease ends",
          claimed.size(), e.getClass().getName());
    }
  }

  /** Sends a batch of the background thread; a store failure pauses, an error is rethrown. */
  private void sendInBackground(List<OutboxEntry> claimed, long leaseEnd) {
    try {
      deliver(claimed, leaseEnd, () -> paused() || unreachable && otherBatchesInFlight());
      storeFailuresInARow(0);
    } catch (RuntimeException e) {
      storeFailed(e);
    }
  }

  /**
   * Sends a handed-off batch, then, while the batches come full and nothing makes sending pause,
   * claims and sends the next one in the same slot: claims of the batches in flight overlap
   * instead of queueing behind the background thread's.
   */
  private void sendWhileFullBatchesAreDue(List<OutboxEntry> first, long firstLeaseEnd,
      Thread coordinator) {
    List<OutboxEntry> batch = first;
    long leaseEnd = firstLeaseEnd;
    while (true) {
      sendInBackground(batch, leaseEnd);
      if (batch.size() < batchSize || thread != coordinator || died != null || paused()
          || unreachable) {
        return;
      }
      try {
        batch = store.claim(ownerId, batchSize, lease);
      } catch (RuntimeException e) {
        storeFailed(e);
        return;
      }
      if (batch.isEmpty()) {
        return;
      }
      if (thread != coordinator) {
        releaseQuietly(batch);
        return;
      }
      leaseEnd = leaseEnd();
    }
  }

  private boolean otherBatchesInFlight() {
    synchronized (signal) {
      return inFlight > 1;
    }
  }

  /**
   * Starts a thread that sends the batch and frees its slot.
   *
   * @return false when no thread could be started (the caller sends the batch itself)
   */
  private boolean handOff(List<OutboxEntry> claimed, long leaseEnd) {
    Thread[] self = new Thread[1];
    Thread coordinator = Thread.currentThread();
    Runnable task = () -> {
      try {
        sendWhileFullBatchesAreDue(claimed, leaseEnd, coordinator);
      } catch (Throwable t) {
        died(t);
      } finally {
        releaseSlot(self[0]);
      }
    };
    Thread started;
    try {
      started = threadFactory.newThread(task);
    } catch (RuntimeException e) {
      LOG.debug("could not start a sending thread ({}); sending on the dispatcher's",
          e.getClass().getName());
      return false;
    }
    if (started == null) {
      return false;
    }
    self[0] = started;
    synchronized (signal) {
      senders.add(started);
    }
    try {
      started.start();
    } catch (RuntimeException | Error e) {
      synchronized (signal) {
        senders.remove(started);
      }
      LOG.debug("could not start a sending thread ({}); sending on the dispatcher's",
          e.getClass().getName());
      return false;
    }
    return true;
  }

  /** One batch at a time while ClassPass gives no answer; otherwise up to the maximum. */
  private int slots() {
    return unreachable ? 1 : maxBatchesInFlight;
  }

  /**
   * Waits until fewer than {@link #slots()} batches are in flight, then takes a slot.
   *
   * @return false when stopped or interrupted (no slot taken)
   */
  private boolean awaitSlot() {
    synchronized (signal) {
      try {
        while (inFlight >= slots()) {
          if (thread != Thread.currentThread() || died != null) {
            return false;
          }
          signal.wait();
        }
      } catch (InterruptedException e) {
        return false;
      }
      if (thread != Thread.currentThread()) {
        return false;
      }
      inFlight++;
      return true;
    }
  }

  /** Frees a batch's slot, and forgets its sending thread when it had one. */
  private void releaseSlot(Thread sending) {
    synchronized (signal) {
      inFlight--;
      if (sending != null) {
        senders.remove(sending);
      }
      signal.notifyAll();
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

  private void storeFailuresInARow(int value) {
    synchronized (signal) {
      storeFailuresInARow = value;
    }
  }

  private void storeFailed(RuntimeException e) {
    int inARow;
    synchronized (signal) {
      inARow = ++storeFailuresInARow;
    }
    long doublings = Math.min(inARow - 1, 6);
    Duration wait = dispatchInterval.multipliedBy(1L << doublings);
    // An OutboxStoreException names the operation and table, never a payload.
    String what = e instanceof OutboxStoreException ? e.getMessage() : e.getClass().getName();
    LOG.warn("ClassPass dispatcher {} failed ({}); trying again in {}", ownerId, what, wait);
    LOG.debug("dispatcher failure", MessageWithheld.of(e));
    pauseFor(wait.toNanos());
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
        while (thread == Thread.currentThread() && !(wakeable && woken) && died == null) {
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
