package io.github.aggregatorsdk.classpass.outbox;

/**
 * The kind of an outbound update: the two ClassPass names in an update event's {@code type}, and
 * the two registrations.
 */
public enum OutboxEventType {
  /** The latest state of one class occurrence; its payload is a full {@code Schedule}. */
  SCHEDULE,
  /** The latest status of one ClassPass reservation; its payload is a {@code ReservationUpdate}. */
  RESERVATION,
  /**
   * The latest profile of one partner, registered with ClassPass on its own call ({@code POST
   * /v1/inventory/partners}); its payload is a {@code Partner}.
   */
  PARTNER,
  /**
   * The latest profile of one venue, registered with ClassPass on its own call ({@code POST
   * /v1/inventory/venues}); its payload is a {@code Venue}.
   */
  VENUE;

  /** Whether events of this type are registrations, sent one by one rather than in a batch. */
  boolean isRegistration() {
    return this == PARTNER || this == VENUE;
  }
}
