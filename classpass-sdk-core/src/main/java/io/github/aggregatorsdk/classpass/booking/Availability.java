package io.github.aggregatorsdk.classpass.booking;

import java.util.List;
import java.util.Objects;

/**
 * What ClassPass may book in one class session at one moment.
 *
 * @param offered whether the session's activity is open to ClassPass at all; a session that is
 *     not offered is not listed to ClassPass
 * @param spots how many spots ClassPass may book now; never negative, 0 when not offered,
 *     cancelled, started or full
 * @param freeSpotLabels for a session with a layout, the labels of its free spots in layout
 *     order, all of them when {@code spots > 0} and none otherwise; never null, empty without a
 *     layout
 */
public record Availability(boolean offered, int spots, List<String> freeSpotLabels) {

  /** Checks the count and copies the labels. */
  public Availability {
    if (spots < 0) {
      throw new IllegalArgumentException("spots must be >= 0, was " + spots);
    }
    freeSpotLabels = List.copyOf(Objects.requireNonNull(freeSpotLabels, "freeSpotLabels"));
  }
}
