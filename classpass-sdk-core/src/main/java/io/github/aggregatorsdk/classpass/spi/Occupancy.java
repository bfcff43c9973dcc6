package io.github.aggregatorsdk.classpass.spi;

import java.util.Objects;
import java.util.Set;

/**
 * How full a class session is right now, across every channel (front desk, app, ClassPass).
 *
 * <p>A booking holds its spot while it is {@link BookingStatus#BOOKED}, {@link
 * BookingStatus#ATTENDED} or {@link BookingStatus#MISSED}; cancelled ones free it.
 *
 * @param booked spots held by bookings of every channel, ClassPass's included; may exceed the
 *     capacity when the host overbooked
 * @param bookedByClassPass spots held by ClassPass bookings; at most {@code booked}
 * @param takenSpotLabels labels of layout spots held by any booking; never null
 */
public record Occupancy(int booked, int bookedByClassPass, Set<String> takenSpotLabels) {

  /** Nobody booked. */
  public static final Occupancy EMPTY = new Occupancy(0, 0, Set.of());

  /** Checks the counts and copies the labels. */
  public Occupancy {
    if (booked < 0 || bookedByClassPass < 0) {
      throw new IllegalArgumentException("counts must be >= 0");
    }
    if (bookedByClassPass > booked) {
      throw new IllegalArgumentException(
          "bookedByClassPass (" + bookedByClassPass + ") exceeds booked (" + booked + ")");
    }
    takenSpotLabels = Set.copyOf(Objects.requireNonNull(takenSpotLabels, "takenSpotLabels"));
  }

  /** Counts without a layout. */
  public static Occupancy of(int booked, int bookedByClassPass) {
    return new Occupancy(booked, bookedByClassPass, Set.of());
  }
}
