package io.github.aggregatorsdk.classpass.example.studio.bookings;

import java.util.EnumSet;
import java.util.Set;

/** Where a booking stands. */
public enum BookingState {
  BOOKED,
  ATTENDED,
  MISSED,
  CANCELLED,
  LATE_CANCELLED;

  /** The states in which a booking holds its spot in the class; a cancelled one frees it. */
  public static final Set<BookingState> HOLDING_A_SPOT = EnumSet.of(BOOKED, ATTENDED, MISSED);
}
