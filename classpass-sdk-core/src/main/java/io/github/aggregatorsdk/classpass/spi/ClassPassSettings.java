package io.github.aggregatorsdk.classpass.spi;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What an activity offers to ClassPass: the studio's "allow bookings from aggregators" switch,
 * an optional cap on ClassPass spots, and an optional release of every free spot shortly
 * before the class starts.
 *
 * @param allowed whether ClassPass may book this activity's classes at all (the studio's
 *     "allow bookings from aggregators")
 * @param spotLimit the most spots ClassPass bookings may hold in one class; empty for no cap
 *     beyond the class's capacity
 * @param releaseAllSpotsBeforeStart from this long before start on, the cap is lifted and every
 *     free spot may go to ClassPass; empty when never
 */
public record ClassPassSettings(
    boolean allowed, OptionalInt spotLimit, Optional<Duration> releaseAllSpotsBeforeStart) {

  private static final ClassPassSettings NOT_OFFERED =
      new ClassPassSettings(false, OptionalInt.empty(), Optional.empty());
  private static final ClassPassSettings OFFERED =
      new ClassPassSettings(true, OptionalInt.empty(), Optional.empty());

  /** Checks that the limit is not negative and the release lead time is positive. */
  public ClassPassSettings {
    Objects.requireNonNull(spotLimit, "spotLimit");
    Objects.requireNonNull(releaseAllSpotsBeforeStart, "releaseAllSpotsBeforeStart");
    if (spotLimit.isPresent() && spotLimit.getAsInt() < 0) {
      throw new IllegalArgumentException("spotLimit must be >= 0, was " + spotLimit.getAsInt());
    }
    releaseAllSpotsBeforeStart.ifPresent(
        lead -> {
          if (lead.isNegative() || lead.isZero()) {
            throw new IllegalArgumentException(
                "releaseAllSpotsBeforeStart must be positive, was " + lead);
          }
        });
  }

  /** Closed to ClassPass. */
  public static ClassPassSettings notOffered() {
    return NOT_OFFERED;
  }

  /** Open to ClassPass, without a cap and without a release window. */
  public static ClassPassSettings offered() {
    return OFFERED;
  }

  /** A copy with ClassPass bookings capped at {@code limit} spots per class. */
  public ClassPassSettings withSpotLimit(int limit) {
    return new ClassPassSettings(allowed, OptionalInt.of(limit), releaseAllSpotsBeforeStart);
  }

  /** A copy that releases every free spot to ClassPass from {@code lead} before start on. */
  public ClassPassSettings withReleaseAllSpotsBeforeStart(Duration lead) {
    return new ClassPassSettings(allowed, spotLimit, Optional.of(lead));
  }
}
