package io.github.aggregatorsdk.classpass.partnerapi;

import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * One daemon thread per server that enforces the time limits of its exchanges. A thread arms a
 * {@link Deadline} before blocking on the connection; if it is still armed when the deadline
 * passes, the watchdog interrupts that thread. The JDK server reads and writes through a blocking
 * {@code SocketChannel}, an interruptible channel: the interrupt closes the connection and the
 * blocked read or write fails at once, so the worker is free again.
 */
final class Watchdog implements AutoCloseable {

  private final ScheduledThreadPoolExecutor timer;

  Watchdog(String threadName) {
    timer =
        new ScheduledThreadPoolExecutor(
            1,
            task -> {
              Thread thread = new Thread(task, threadName);
              thread.setDaemon(true);
              return thread;
            });
    timer.setRemoveOnCancelPolicy(true);
    timer.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
  }

  /** Arms a deadline for the calling thread at {@code deadlineNanos} on {@link System#nanoTime}. */
  Deadline arm(long deadlineNanos) {
    Deadline deadline = new Deadline(Thread.currentThread());
    try {
      deadline.timer =
          timer.schedule(
              deadline::fire, deadlineNanos - System.nanoTime(), TimeUnit.NANOSECONDS);
    } catch (RejectedExecutionException e) {
      // The server is closing; its connections are being closed anyway.
      deadline.done = true;
    }
    return deadline;
  }

  /** Runs a task every {@code periodNanos} until closed. */
  void every(long periodNanos, Runnable task) {
    timer.scheduleWithFixedDelay(task, periodNanos, periodNanos, TimeUnit.NANOSECONDS);
  }

  @Override
  public void close() {
    timer.shutdownNow();
  }

  /** A time limit on what the arming thread does next; disarm it on that same thread. */
  static final class Deadline implements AutoCloseable {

    /** A deadline that never passes, for exchanges served outside a {@link PartnerApiServer}. */
    static final Deadline NONE = new Deadline(null);

    private final Thread thread;
    private Future<?> timer;
    private boolean done;
    private boolean fired;
    private boolean disarmed;

    private Deadline(Thread thread) {
      this.thread = thread;
      this.done = thread == null;
    }

    private synchronized void fire() {
      if (!done) {
        fired = true;
        done = true;
        thread.interrupt();
      }
    }

    /**
     * Disarms the deadline and clears the interrupt it may have caused.
     *
     * @return whether the deadline passed while armed
     */
    boolean disarm() {
      synchronized (this) {
        if (thread == null || disarmed) {
          return fired;
        }
        disarmed = true;
        done = true;
      }
      if (timer != null) {
        timer.cancel(false);
      }
      if (fired) {
        // Only the interrupt this deadline caused: fire() cannot run again once done is set.
        Thread.interrupted();
      }
      return fired;
    }

    @Override
    public void close() {
      disarm();
    }
  }
}
