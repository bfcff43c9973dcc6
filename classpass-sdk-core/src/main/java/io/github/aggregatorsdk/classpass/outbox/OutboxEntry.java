package io.github.aggregatorsdk.classpass.outbox;

import java.time.Instant;
import java.util.Objects;

/**
 * A queued event as the store holds it, with its delivery state.
 *
 * @param event the queued event; never null
 * @param createdAt when this event (this version of its key) was queued; never null
 * @param attempts failed delivery attempts so far; 0 for a fresh event
 * @param nextAttemptAt from when the event may be claimed; never null
 * @param lastError short text of the last failure, never personal data; null when none failed
 */
public record OutboxEntry(
    OutboxEvent event, Instant createdAt, int attempts, Instant nextAttemptAt, String lastError) {

  /**
   * Checks the components.
   *
   * @throws NullPointerException when a component other than {@code lastError} is null
   * @throws IllegalArgumentException when {@code attempts} is negative
   */
  public OutboxEntry {
    Objects.requireNonNull(event, "event");
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(nextAttemptAt, "nextAttemptAt");
    if (attempts < 0) {
      throw new IllegalArgumentException("attempts must be >= 0, was " + attempts);
    }
  }

  /** The event's id; shorthand for {@code event().eventId()}. */
  public String eventId() {
    return event.eventId();
  }

  /** The event's key; shorthand for {@code event().key()}. */
  public String key() {
    return event.key();
  }
}
