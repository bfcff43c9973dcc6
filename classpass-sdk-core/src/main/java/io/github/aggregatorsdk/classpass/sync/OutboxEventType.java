package io.github.aggregatorsdk.classpass.sync;

/** The kind of an outbound update, as ClassPass names it in an update event's {@code type}. */
public enum OutboxEventType {
  /** The latest state of one class occurrence; its payload is a full {@code Schedule}. */
  SCHEDULE,
  /** The latest status of one ClassPass reservation; its payload is a {@code ReservationUpdate}. */
  RESERVATION
}
