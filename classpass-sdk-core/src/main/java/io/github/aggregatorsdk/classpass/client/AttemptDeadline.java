package io.github.aggregatorsdk.classpass.client;

/**
 * Carries the deadline of the current attempt from {@link RetryingExecutor} through Feign, which
 * runs the request on the calling thread, to {@link DrainingClient}, which enforces it.
 */
final class AttemptDeadline {

  private static final ThreadLocal<long[]> CURRENT = new ThreadLocal<>();

  private AttemptDeadline() {}

  /** Runs {@code attempt} on this thread with the deadline {@code deadlineNanos} (nano time). */
  static void run(long deadlineNanos, Runnable attempt) {
    long[] outer = CURRENT.get();
    CURRENT.set(new long[] {deadlineNanos});
    try {
      attempt.run();
    } finally {
      if (outer == null) {
        CURRENT.remove();
      } else {
        CURRENT.set(outer);
      }
    }
  }

  /**
   * Nanoseconds left until the current attempt's deadline (zero or negative once it passed), or
   * {@code fallback} when no attempt is running on this thread.
   */
  static long remainingNanos(long fallback) {
    long[] deadline = CURRENT.get();
    return deadline == null ? fallback : deadline[0] - System.nanoTime();
  }
}
