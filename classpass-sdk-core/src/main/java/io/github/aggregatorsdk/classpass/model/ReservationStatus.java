package io.github.aggregatorsdk.classpass.model;

/**
 * State of a ClassPass reservation, as sent in {@code RESERVATION} updates and attendance lists.
 * Written to JSON by its name.
 */
public enum ReservationStatus {
  /** Booked and not yet attended, missed or cancelled. */
  ENROLLED,
  /** The user came to the class. */
  ATTENDED,
  /** The user did not come (no-show). */
  MISSED,
  /** Cancelled in time, outside the late-cancel window. */
  CANCELLED,
  /** Cancelled inside the late-cancel window. */
  LATE_CANCELLED,
  /** The studio cancelled the class. */
  CLASS_CANCELLED
}
