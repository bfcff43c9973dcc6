package io.github.aggregatorsdk.classpass.sync;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * When the dispatcher retries and when it gives up.
 *
 * @param initialBackoff the wait after an event's first failed attempt, before jitter
 * @param maxBackoff the longest wait, also for a {@code Retry-After} ClassPass sent
 * @param maxAttempts failed attempts after which an event is dead-lettered
 * @param maxAge age (since the event's version was queued) after which a failed event is
 *     dead-lettered
 */
record DeliveryPolicy(
    Duration initialBackoff, Duration maxBackoff, int maxAttempts, Duration maxAge) {

  /** {@code min(maxBackoff, initialBackoff × 2^(attempt−1))}, for attempt 1 on. */
  Duration backoff(int attempt) {
    int doublings = Math.min(Math.max(attempt - 1, 0), 40);
    long nanos = initialBackoff.toNanos();
    long max = maxBackoff.toNanos();
    for (int i = 0; i < doublings && nanos < max; i++) {
      nanos = nanos > max / 2 ? max : nanos * 2;
    }
    return Duration.ofNanos(Math.min(nanos, max));
  }

  /**
   * The wait before retrying an event after its {@code attempt}-th failure: what ClassPass asked
   * for when it said, else a random duration between half and all of {@link #backoff}; never
   * longer than {@code maxBackoff}.
   */
  Duration retryDelay(int attempt, Optional<Duration> retryAfter) {
    if (retryAfter.isPresent()) {
      return retryAfter.get().compareTo(maxBackoff) > 0 ? maxBackoff : retryAfter.get();
    }
    long full = backoff(attempt).toNanos();
    long half = full / 2;
    return Duration.ofNanos(half + ThreadLocalRandom.current().nextLong(full - half + 1));
  }

  /** Why an event that just failed its {@code attempt}-th time is given up; empty to retry. */
  Optional<String> giveUp(int attempt, Instant createdAt, Instant now) {
    if (attempt >= maxAttempts) {
      return Optional.of("gave up after " + attempt + " attempts");
    }
    if (!createdAt.plus(maxAge).isAfter(now)) {
      return Optional.of("older than " + maxAge + " after " + attempt + " attempts");
    }
    return Optional.empty();
  }
}
