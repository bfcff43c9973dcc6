package io.github.aggregatorsdk.classpass.example.studio.bookings;

/** Where a booking was made. */
public enum Channel {
  FRONT_DESK,
  ONLINE,
  CLASSPASS
}
