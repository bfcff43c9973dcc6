package io.github.aggregatorsdk.classpass.model;

/** Kind of an {@link UpdateEvent}, written as the event's {@code type}. */
public enum UpdateType {
  /** The payload is a full {@link Schedule}: the latest state of that occurrence. */
  SCHEDULE,
  /** The payload is a {@link ReservationUpdate}: the latest status of one reservation. */
  RESERVATION
}
