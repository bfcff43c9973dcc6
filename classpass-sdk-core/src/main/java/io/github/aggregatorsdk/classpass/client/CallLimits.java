package io.github.aggregatorsdk.classpass.client;

import java.time.Duration;
import java.util.Objects;

/**
 * The time limits of one call of a {@link ClassPassClient}: one request such as {@code
 * registerVenue}, or one batch of {@code pushUpdates}. Get a client's limits from {@link
 * ClassPassClient#callLimits()} or {@link ClassPassClientBuilder#callLimits()}, e.g. to size a lease
 * or a timer from {@link #maxCallTime()}.
 *
 * <p>How they bound a call: each attempt, from connecting to reading the last byte of the answer,
 * ends by its own deadline {@code min(attempt start + attemptTimeout, call start + totalTimeout)};
 * an attempt that runs out fails as {@link ClassPassConnectionException}. A wait between attempts
 * that would end after {@code call start + totalTimeout} is not made: the client throws the last
 * failure instead, so a call never outlives its total timeout (see {@link #maxCallTime()}).
 *
 * @param attemptTimeout the longest one attempt may take, body included; never null, positive
 * @param totalTimeout the longest a call may take, all attempts and waits included; never null,
 *     positive
 * @param retry how failed attempts are retried; never null
 */
public record CallLimits(Duration attemptTimeout, Duration totalTimeout, RetrySettings retry) {

  /**
   * Checks the limits.
   *
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if a timeout is zero or negative
   */
  public CallLimits {
    positive(attemptTimeout, "attemptTimeout");
    positive(totalTimeout, "totalTimeout");
    Objects.requireNonNull(retry, "retry");
  }

  /**
   * Limits whose total timeout is the worst case of the retry schedule: {@code maxAttempts ×
   * attemptTimeout} plus the sum of the backoff ceilings of the {@code maxAttempts − 1} waits
   * ({@link Backoff#maxTotalDelay(int)}). For the defaults (4 attempts, 500 ms to 30 s, attempt
   * timeout 15 s): {@code 4 × 15 s + (0.5 + 1 + 2) s = 63.5 s}; for {@link RetrySettings#brief()}:
   * {@code 2 × 15 s + 0.5 s = 30.5 s}. A {@code Retry-After} wait is honoured within this total when
   * it fits what is left of it.
   *
   * @param attemptTimeout the longest one attempt may take; never null, positive
   * @param retry how failed attempts are retried; never null
   * @return the limits; never null
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code attemptTimeout} is zero or negative
   */
  public static CallLimits of(Duration attemptTimeout, RetrySettings retry) {
    positive(attemptTimeout, "attemptTimeout");
    Objects.requireNonNull(retry, "retry");
    Duration total =
        attemptTimeout
            .multipliedBy(retry.maxAttempts())
            .plus(retry.backoff().maxTotalDelay(retry.maxAttempts() - 1));
    return new CallLimits(attemptTimeout, total, retry);
  }

  /**
   * The same attempt timeout with other retry settings; the total timeout becomes the shorter of
   * this one and the worst case of the new schedule ({@link #of(Duration, RetrySettings)}), so that
   * fewer retries also mean a shorter call.
   *
   * @param retry the new retry settings; never null
   * @return new limits; never null
   * @throws NullPointerException if {@code retry} is null
   */
  public CallLimits withRetry(RetrySettings retry) {
    CallLimits derived = of(attemptTimeout, retry);
    Duration total =
        derived.totalTimeout().compareTo(totalTimeout) <= 0 ? derived.totalTimeout() : totalTimeout;
    return new CallLimits(attemptTimeout, total, retry);
  }

  /**
   * The worst-case time of one call, all attempts, waits and deadlines included: the {@link
   * #totalTimeout()}, which the client enforces, plus the few milliseconds it takes to notice a
   * deadline and throw. {@code pushUpdates} makes one call per batch, so it may take this times the
   * number of batches.
   *
   * @return the worst-case time of one call; never null
   */
  public Duration maxCallTime() {
    return totalTimeout;
  }

  private static void positive(Duration duration, String name) {
    Objects.requireNonNull(duration, name);
    if (duration.isNegative() || duration.isZero()) {
      throw new IllegalArgumentException(name + " must be positive: " + duration);
    }
  }
}
