package io.github.aggregatorsdk.classpass.outbox;

import java.time.Instant;
import java.util.Objects;

/**
 * An event the dispatcher gave up on. It stays in the store, queryable, until it is requeued.
 *
 * @param entry the event and its delivery state when it was given up; never null
 * @param reason why it was given up, for example "400 from ClassPass" or "older than 24h"; never
 *     null, never personal data
 * @param deadLetteredAt when it was given up; never null
 */
public record DeadLetter(OutboxEntry entry, String reason, Instant deadLetteredAt) {

  /**
   * Checks the components.
   *
   * @throws NullPointerException when a component is null
   */
  public DeadLetter {
    Objects.requireNonNull(entry, "entry");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(deadLetteredAt, "deadLetteredAt");
  }
}
