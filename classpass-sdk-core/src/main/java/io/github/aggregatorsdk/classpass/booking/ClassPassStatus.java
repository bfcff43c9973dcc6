package io.github.aggregatorsdk.classpass.booking;

/**
 * A ClassPass booking's status as ClassPass should see it, derived from the host's booking state
 * and its session ({@link ReservationState#of}); the partner API and the sync write it as the
 * contract's reservation status of the same name.
 */
public enum ClassPassStatus {
  /** Booked and holding a spot ({@code BOOKED} in the host). */
  ENROLLED,
  /** The user came. */
  ATTENDED,
  /** The user did not come. */
  MISSED,
  /** Cancelled in time. */
  CANCELLED,
  /** Cancelled inside the late-cancel window. */
  LATE_CANCELLED,
  /** The studio cancelled the class while the booking held its spot. */
  CLASS_CANCELLED
}
