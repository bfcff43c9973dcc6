package io.github.aggregatorsdk.classpass.client;

import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;

/**
 * One coarse clock for the deadlines of every call in flight: a daemon thread that, every {@code
 * tick}, expires the registered {@link Expiring}s whose deadline has passed. Registering and
 * unregistering is a concurrent set's add and remove; unlike a timer per call (a
 * {@code ScheduledThreadPoolExecutor}'s queue insertion and removal under its lock, and a wake-up
 * of its thread whenever the new deadline is the earliest) it never wakes anything while the
 * ticker runs. A deadline is therefore enforced up to one tick late.
 *
 * <p>The thread starts with the first registration and ends after {@value #IDLE_TICKS} ticks with
 * nothing in flight; the next registration starts a new one. So no thread of the client outlives
 * its calls by more than that (about a second for the shared ticker), and nothing pins the SDK's
 * class loader in a host that is redeployed.
 */
final class DeadlineTicker {

  /** What the ticker expires. */
  interface Expiring {

    /** The deadline, in {@link System#nanoTime()} terms. */
    long deadlineNanos();

    /** Called once the deadline has passed, on the ticker's thread; must not block. */
    void expire();
  }

  /** The ticker every client shares. */
  static final DeadlineTicker SHARED =
      new DeadlineTicker(TimeUnit.MILLISECONDS.toNanos(5), "classpass-client-deadline");

  static final int IDLE_TICKS = 200;

  private final Set<Expiring> inFlight = ConcurrentHashMap.newKeySet();
  /** The running thread, null when none runs; a registration starts one when it finds null. */
  private final AtomicReference<Thread> running = new AtomicReference<>();
  private volatile boolean stopped;
  private final long tickNanos;
  private final String threadName;

  DeadlineTicker(long tickNanos, String threadName) {
    this.tickNanos = tickNanos;
    this.threadName = threadName;
  }

  /** Watches {@code expiring} until {@link #unregister} (or its expiry). */
  void register(Expiring expiring) {
    inFlight.add(expiring);
    if (running.get() == null && !stopped) {
      Thread thread = new Thread(this::run, threadName);
      thread.setDaemon(true);
      if (running.compareAndSet(null, thread)) {
        thread.start();
      }
    }
  }

  /** Stops watching {@code expiring}. */
  void unregister(Expiring expiring) {
    inFlight.remove(expiring);
  }

  /** Ends the thread for good; for tests (the shared ticker runs as long as calls do). */
  void stop() {
    stopped = true;
    Thread thread = running.get();
    if (thread != null) {
      LockSupport.unpark(thread);
    }
  }

  /** How many are watched; for tests. */
  int inFlight() {
    return inFlight.size();
  }

  /** The running thread, if any; for tests. */
  Optional<Thread> thread() {
    return Optional.ofNullable(running.get());
  }

  private void run() {
    Thread self = Thread.currentThread();
    int idle = 0;
    while (!stopped) {
      if (inFlight.isEmpty()) {
        if (++idle >= IDLE_TICKS) {
          // Give up the role, then look once more: a registration made before this point is seen
          // here (and the role taken back unless the registration started a thread of its own),
          // one made after it finds no thread running and starts one.
          running.compareAndSet(self, null);
          if (inFlight.isEmpty() || !running.compareAndSet(null, self)) {
            return;
          }
          idle = 0;
        }
      } else {
        idle = 0;
        long now = System.nanoTime();
        for (Expiring expiring : inFlight) {
          if (expiring.deadlineNanos() - now <= 0) {
            inFlight.remove(expiring);
            try {
              expiring.expire();
            } catch (RuntimeException e) {
              // One failing expiry must not stop the clock of every other call.
            }
          }
        }
      }
      LockSupport.parkNanos(this, tickNanos);
    }
    running.compareAndSet(self, null);
  }
}
