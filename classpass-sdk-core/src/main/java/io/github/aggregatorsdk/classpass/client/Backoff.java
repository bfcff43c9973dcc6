package io.github.aggregatorsdk.classpass.client;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.random.RandomGenerator;

/**
 * The SDK's one backoff formula: exponential with jitter and a cap, and ClassPass's {@code
 * Retry-After} when it sent one. Used by the client between attempts of one call and available to
 * any caller that retries ClassPass calls later (the outbox dispatcher). Immutable and thread-safe.
 *
 * <p>After the {@code n}-th failed attempt ({@code n ≥ 1}) the {@linkplain #ceiling(int) ceiling}
 * is {@code min(max, initial × 2^(n−1))} and the {@linkplain #delay(int, Optional) delay} a
 * uniformly random duration between half the ceiling and the whole of it ("equal jitter"), so that
 * many callers failing together do not come back together.
 */
public final class Backoff {

  private final Duration initial;
  private final Duration max;
  private final RandomGenerator random;

  private Backoff(Duration initial, Duration max, RandomGenerator random) {
    this.initial = initial;
    this.max = max;
    this.random = random;
  }

  /**
   * A backoff with the thread-local random source for its jitter.
   *
   * @param initial the ceiling after the first failed attempt; never null or negative
   * @param max the largest ceiling; never null, at least {@code initial}
   * @return the backoff; never null
   * @throws NullPointerException if a duration is null
   * @throws IllegalArgumentException if {@code initial} is negative or {@code max} shorter than it
   */
  public static Backoff of(Duration initial, Duration max) {
    Objects.requireNonNull(initial, "initial");
    Objects.requireNonNull(max, "max");
    if (initial.isNegative()) {
      throw new IllegalArgumentException("initial must not be negative: " + initial);
    }
    if (max.compareTo(initial) < 0) {
      throw new IllegalArgumentException(
          "max (" + max + ") must not be shorter than initial (" + initial + ")");
    }
    return new Backoff(initial, max, null);
  }

  /**
   * The same backoff drawing its jitter from {@code random}, e.g. a seeded one in tests.
   *
   * @param random the random source; never null; used from whichever thread asks for a delay, so
   *     it must be thread-safe if the backoff is shared
   * @return a new backoff; never null
   * @throws NullPointerException if {@code random} is null
   */
  public Backoff withRandom(RandomGenerator random) {
    return new Backoff(initial, max, Objects.requireNonNull(random, "random"));
  }

  /**
   * The ceiling after the first failed attempt.
   *
   * @return the initial backoff; never null
   */
  public Duration initial() {
    return initial;
  }

  /**
   * The largest ceiling.
   *
   * @return the maximum backoff; never null
   */
  public Duration max() {
    return max;
  }

  /**
   * The longest wait after the {@code attempt}-th failed attempt, before jitter: {@code min(max,
   * initial × 2^(attempt−1))}.
   *
   * @param attempt how many attempts failed so far; 1 or more (smaller counts as 1)
   * @return the ceiling; never null
   */
  public Duration ceiling(int attempt) {
    int doublings = Math.min(Math.max(attempt - 1, 0), 62);
    long nanos = initial.toNanos();
    long cap = max.toNanos();
    for (int i = 0; i < doublings && nanos < cap; i++) {
      nanos = nanos > cap / 2 ? cap : nanos * 2;
    }
    return Duration.ofNanos(Math.min(nanos, cap));
  }

  /**
   * How long to wait after the {@code attempt}-th failed attempt: what ClassPass asked for in
   * {@code Retry-After} when it said, in full (it may exceed {@link #max()}: a caller that cannot
   * wait that long should stop and hand the wait up rather than shorten it); otherwise a random
   * duration between half of {@link #ceiling(int)} and all of it.
   *
   * @param attempt how many attempts failed so far; 1 or more (smaller counts as 1)
   * @param retryAfter the wait ClassPass asked for; never null, empty when it did not say
   * @return the delay; never null or negative
   * @throws NullPointerException if {@code retryAfter} is null
   */
  public Duration delay(int attempt, Optional<Duration> retryAfter) {
    Objects.requireNonNull(retryAfter, "retryAfter");
    if (retryAfter.isPresent()) {
      Duration asked = retryAfter.get();
      return asked.isNegative() ? Duration.ZERO : asked;
    }
    long full = ceiling(attempt).toNanos();
    long half = full / 2;
    RandomGenerator source = random == null ? ThreadLocalRandom.current() : random;
    return Duration.ofNanos(half + source.nextLong(full - half + 1));
  }

  /**
   * The longest the waits before retries 1 to {@code retries} can add up to without {@code
   * Retry-After}: the sum of their ceilings.
   *
   * @param retries how many retries follow failed attempts; 0 or more
   * @return the sum; never null, zero for no retries
   */
  public Duration maxTotalDelay(int retries) {
    Duration total = Duration.ZERO;
    for (int attempt = 1; attempt <= retries; attempt++) {
      total = total.plus(ceiling(attempt));
    }
    return total;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Backoff that
        && initial.equals(that.initial)
        && max.equals(that.max)
        && Objects.equals(random, that.random);
  }

  @Override
  public int hashCode() {
    return Objects.hash(initial, max, random);
  }

  @Override
  public String toString() {
    return "Backoff[initial=" + initial + ", max=" + max + "]";
  }
}
