package io.github.aggregatorsdk.classpass.client;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;

/**
 * One coarse clock for the deadlines of every call in flight: a daemon thread that, every {@code
 * tick}, expires the registered {@link Expiring}s whose deadline has passed. Registering and
 * unregistering is a concurrent set's add and remove; unlike a timer per call (a
 * {@code ScheduledThreadPoolExecutor}'s queue insertion and removal under its lock, and a wake-up
 * of its thread whenever the new deadline is the earliest) it never wakes anything while the
 * ticker runs. A deadline is therefore enforced up to one tick late. With nothing in flight for
 * {@value #IDLE_TICKS} ticks the thread parks until the next registration.
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
  private final AtomicBoolean sleeping = new AtomicBoolean();
  private volatile boolean stopped;
  private final long tickNanos;
  private final Thread thread;

  DeadlineTicker(long tickNanos, String threadName) {
    this.tickNanos = tickNanos;
    this.thread = new Thread(this::run, threadName);
    thread.setDaemon(true);
    thread.start();
  }

  /** Watches {@code expiring} until {@link #unregister} (or its expiry). */
  void register(Expiring expiring) {
    inFlight.add(expiring);
    if (sleeping.get() && sleeping.compareAndSet(true, false)) {
      LockSupport.unpark(thread);
    }
  }

  /** Stops watching {@code expiring}. */
  void unregister(Expiring expiring) {
    inFlight.remove(expiring);
  }

  /** Ends the thread; for tests (the shared ticker runs as long as the JVM). */
  void stop() {
    stopped = true;
    LockSupport.unpark(thread);
  }

  /** How many are watched; for tests. */
  int inFlight() {
    return inFlight.size();
  }

  /** Whether the thread is parked for want of calls in flight; for tests. */
  boolean sleeping() {
    return sleeping.get() && thread.getState() == Thread.State.WAITING;
  }

  private void run() {
    int idle = 0;
    while (!stopped) {
      if (inFlight.isEmpty()) {
        if (++idle >= IDLE_TICKS) {
          sleeping.set(true);
          // Set before the check: a registration either is seen here or unparks the thread.
          while (inFlight.isEmpty() && sleeping.get() && !stopped) {
            LockSupport.park(this);
          }
          sleeping.set(false);
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
  }
}
