package io.github.aggregatorsdk.classpass.outbox;

import java.time.Instant;

/**
 * The size of an outbox, for health checks and metrics.
 *
 * @param pending events not yet delivered, in flight or waiting (the backlog); at least 0
 * @param deadLetters events given up on and kept for inspection; at least 0
 * @param oldestPendingCreatedAt when the oldest pending event was queued; null when none is
 *     pending. A growing age means delivery is stuck
 */
public record OutboxCounts(long pending, long deadLetters, Instant oldestPendingCreatedAt) {

  /**
   * Checks the counts.
   *
   * @throws IllegalArgumentException when a count is negative
   */
  public OutboxCounts {
    if (pending < 0 || deadLetters < 0) {
      throw new IllegalArgumentException("counts must be >= 0");
    }
  }
}
