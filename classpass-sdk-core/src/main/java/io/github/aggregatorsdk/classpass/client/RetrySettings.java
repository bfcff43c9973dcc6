package io.github.aggregatorsdk.classpass.client;

import java.time.Duration;
import java.util.Objects;

/**
 * How the client retries a call that failed with a connection error or HTTP 429, 502, 503 or 504.
 *
 * <p>The wait before retry {@code n} (1 for the first retry) is a random duration between half and
 * all of {@code min(maxBackoff, initialBackoff × 2^(n−1))} (exponential backoff with jitter). When
 * ClassPass sent {@code Retry-After}, the client waits that long instead, but never longer than
 * {@code maxBackoff}.
 *
 * @param maxAttempts how many times a call is sent at most, the first one included; at least 1
 * @param initialBackoff the wait before the first retry, before jitter; never null or negative
 * @param maxBackoff the longest wait between two attempts; never null, at least {@code
 *     initialBackoff}
 */
public record RetrySettings(int maxAttempts, Duration initialBackoff, Duration maxBackoff) {

  private static final RetrySettings DEFAULTS =
      new RetrySettings(4, Duration.ofMillis(500), Duration.ofSeconds(30));

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
