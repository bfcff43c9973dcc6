package io.github.aggregatorsdk.classpass.outbox;

import io.github.aggregatorsdk.classpass.client.Backoff;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

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

  /** The SDK's one backoff formula ({@link Backoff}), with this policy's initial and maximum. */
  Backoff curve() {
    return Backoff.of(initialBackoff, maxBackoff);
  }

  /** {@code min(maxBackoff, initialBackoff × 2^(attempt−1))}, for attempt 1 on. */
  Duration backoff(int attempt) {
    return curve().ceiling(attempt);
  }

  /**
   * The wait before retrying an event after its {@code attempt}-th failure: what ClassPass asked
   * for when it said (in full, but never beyond {@code maxBackoff}, a sanity cap of an hour by
   * default), else the backoff with jitter.
   */
  Duration retryDelay(int attempt, Optional<Duration> retryAfter) {
    Duration delay = curve().delay(attempt, retryAfter);
    return delay.compareTo(maxBackoff) > 0 ? maxBackoff : delay;
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
