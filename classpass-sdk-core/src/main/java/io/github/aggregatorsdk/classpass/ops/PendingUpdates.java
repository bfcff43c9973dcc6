package io.github.aggregatorsdk.classpass.ops;

import java.time.Duration;
import java.time.Instant;

/**
 * What waits in the outbox: updates not yet delivered and dead letters.
 *
 * @param pending updates not yet delivered (waiting, retrying or in flight)
 * @param oldestQueuedAt when the oldest pending update was queued; null when none is pending
 * @param oldestAge how long the oldest pending update has waited; {@link Duration#ZERO} when
 *     none is pending. A growing age means delivery is stuck
 * @param deadLetters updates given up on, kept until requeued, discarded or purged
 */
public record PendingUpdates(
    long pending, Instant oldestQueuedAt, Duration oldestAge, long deadLetters) {}
