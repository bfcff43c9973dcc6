package io.github.aggregatorsdk.classpass.client;

import java.time.Duration;
import java.util.Objects;

/**
 * How the client retries a call that failed with a {@linkplain FailureClass#isRetryable()
 * retryable} failure: no answer (connection error, timeout), HTTP 408, 429 or any 5xx.
 *
 * <p>The wait before retry {@code n} (1 for the first retry) is a random duration between half and
 * all of {@code min(maxBackoff, initialBackoff × 2^(n−1))} (exponential backoff with jitter, see
 * {@link Backoff}). When ClassPass sent {@code Retry-After}, the client waits that long instead,
 * but only if the wait is no longer than {@code maxBackoff} and ends within the call's total
 * timeout ({@link ClassPassClientBuilder#totalTimeout(Duration)}); otherwise it stops retrying at
 * once and throws the failure, whose {@link ClassPassApiException#retryAfter()} carries the full
 * wait for the caller to honour.
 *
 * @param maxAttempts how many times a call is sent at most, the first one included; at least 1
 * @param initialBackoff the wait before the first retry, before jitter; never null or negative
 * @param maxBackoff the longest wait between two attempts, also the longest {@code Retry-After}
 *     the client waits for itself; never null, at least {@code initialBackoff}
 */
public record RetrySettings(int maxAttempts, Duration initialBackoff, Duration maxBackoff) {

  private static final RetrySettings DEFAULTS =
      new RetrySettings(4, Duration.ofMillis(500), Duration.ofSeconds(30));

  private static final RetrySettings BRIEF =
      new RetrySettings(2, Duration.ofMillis(500), Duration.ofSeconds(1));

  /**
   * Checks the settings.
   *
   * @throws NullPointerException if a duration is null
   * @throws IllegalArgumentException if {@code maxAttempts} is below 1, a duration is negative or
   *     {@code maxBackoff} is shorter than {@code initialBackoff}
   */
  public RetrySettings {
    Objects.requireNonNull(initialBackoff, "initialBackoff");
    Objects.requireNonNull(maxBackoff, "maxBackoff");
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("maxAttempts must be at least 1: " + maxAttempts);
    }
    if (initialBackoff.isNegative()) {
      throw new IllegalArgumentException("initialBackoff must not be negative: " + initialBackoff);
    }
    if (maxBackoff.compareTo(initialBackoff) < 0) {
      throw new IllegalArgumentException(
          "maxBackoff ("
              + maxBackoff
              + ") must not be shorter than initialBackoff ("
              + initialBackoff
              + ")");
    }
  }

  /**
   * The defaults: 4 attempts, backoff from 500 ms up to 30 s.
   *
   * @return the default settings; never null
   */
  public static RetrySettings defaults() {
    return DEFAULTS;
  }

  /**
   * Brief retries for a caller that retries later on its own and needs to know how long one call
   * can take, such as the outbox dispatcher: 2 attempts, with one wait between them of 250 to 500
   * ms, or of what ClassPass asks for in {@code Retry-After} if that is at most 1 s (a longer wait
   * is handed up at once). With the default total timeout such a call takes at most {@code 2 ×
   * attemptTimeout + 500 ms}, see {@link CallLimits#maxCallTime()}.
   *
   * @return the brief settings; never null
   */
  public static RetrySettings brief() {
    return BRIEF;
  }

  /**
   * The backoff formula these settings describe, from {@code initialBackoff} up to {@code
   * maxBackoff}.
   *
   * @return the backoff; never null
   */
  public Backoff backoff() {
    return Backoff.of(initialBackoff, maxBackoff);
  }

  /**
   * No retries: every call is sent once.
   *
   * @return settings with {@code maxAttempts} 1; never null
   */
  public static RetrySettings disabled() {
    return new RetrySettings(1, Duration.ZERO, Duration.ZERO);
  }
}
