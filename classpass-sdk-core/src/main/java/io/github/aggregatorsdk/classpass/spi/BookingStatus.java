package io.github.aggregatorsdk.classpass.spi;

/** State of a booking in the host's sign-in list. */
public enum BookingStatus {
  /** Booked; the customer is expected. */
  BOOKED,
  /** The customer came (attendance taken). */
  ATTENDED,
  /** The customer did not come (no-show). */
  MISSED,
  /** Cancelled outside the late-cancel window. */
  CANCELLED,
  /** Cancelled inside the late-cancel window. */
  LATE_CANCELLED;

  /** Whether a booking in this state holds a spot in the class. */
  public boolean holdsSpot() {
    return this == BOOKED || this == ATTENDED || this == MISSED;
  }
}
