package io.github.aggregatorsdk.classpass.ops;

import io.github.aggregatorsdk.classpass.outbox.OutboxEventType;
import java.time.Instant;
import java.util.Objects;

/**
 * A dead letter as staff see it: what it was about and why it was given up, without its payload
 * (which may hold names of people). Requeue it with {@link ClassPassOperations#requeue(String)},
 * which sends the current state of what the key names.
 *
 * @param eventId the dead letter's id, to requeue or discard it; never null
 * @param type what it updated; never null
 * @param key what it was the latest state of, for example {@code schedule:<session id>}, {@code
 *     reservation:<reservation id>} or {@code venue:<partner id>/<venue id>}; never null, ids only
 * @param attempts failed delivery attempts
 * @param lastError the kind of the last failure; null when none was recorded
 * @param reason why it was given up, for example {@code "400 from ClassPass"}; never null
 * @param queuedAt when this version was queued; never null
 * @param deadLetteredAt when it was given up; never null
 */
public record DeadLetterSummary(
    String eventId,
    OutboxEventType type,
    String key,
    int attempts,
    String lastError,
    String reason,
    Instant queuedAt,
    Instant deadLetteredAt) {

  /** Checks the required components. */
  public DeadLetterSummary {
    Objects.requireNonNull(eventId, "eventId");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(queuedAt, "queuedAt");
    Objects.requireNonNull(deadLetteredAt, "deadLetteredAt");
  }
}
