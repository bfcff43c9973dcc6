package io.github.aggregatorsdk.classpass.booking;

import io.github.aggregatorsdk.classpass.spi.ClassPassSettings;
import io.github.aggregatorsdk.classpass.spi.ClassSession;
import io.github.aggregatorsdk.classpass.spi.Spot;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * ClassPass availability of a class session, by the contract's rules. Thread-safe.
 *
 * <ul>
 *   <li>An activity not open to ClassPass offers nothing (and its sessions are not listed).
 *   <li>A cancelled or started session (now at or after start) offers 0 spots.
 *   <li>Free spots are {@code max(0, capacity − booked)}, bookings of every channel counted, so an
 *       overbooked class offers 0.
 *   <li>With a ClassPass spot limit, spots are {@code min(free, max(0, limit − booked by
 *       ClassPass))}; from {@code releaseAllSpotsBeforeStart} before start on (that instant
 *       included) the limit is lifted and every free spot is offered.
 *   <li>With a layout, spots are also at most the number of free labels.
 * </ul>
 *
 * <p>The bookable window does not change availability: ClassPass receives it with the schedule
 * and the reservation rules enforce it.
 */
public final class AvailabilityCalculator {

  private final Clock clock;

  /**
   * A calculator reading "now" from a clock.
   *
   * @param clock the clock; never null
   */
  public AvailabilityCalculator(Clock clock) {
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * The session's availability now.
   *
   * @param session the session, with its current occupancy; never null
   * @return the availability; never null
   */
  public Availability availability(ClassSession session) {
    return availability(session, clock.instant());
  }

  /**
   * The session's availability at a given moment.
   *
   * @param session the session, with its current occupancy; never null
   * @param now the moment; never null
   * @return the availability; never null
   */
  public Availability availability(ClassSession session, Instant now) {
    Objects.requireNonNull(session, "session");
    Objects.requireNonNull(now, "now");
    if (!session.activity().classPass().allowed()) {
      return new Availability(false, 0, List.of());
    }
    if (session.cancelled() || started(session, now)) {
      return new Availability(true, 0, List.of());
    }
    int spots = Math.min(freeSpots(session), classPassAllowance(session, now));
    List<String> labels = List.of();
    if (session.hasLayout()) {
      labels = freeSpotLabels(session);
      spots = Math.min(spots, labels.size());
    }
    return new Availability(true, spots, spots > 0 ? labels : List.of());
  }

  /** Whether the session has started: now at or after its start. */
  static boolean started(ClassSession session, Instant now) {
    return !now.isBefore(session.start().toInstant());
  }

  /** Whether the release window is open: now at or after start minus the release lead time. */
  static boolean releaseWindowOpen(ClassSession session, Instant now) {
    Optional<Duration> lead = session.activity().classPass().releaseAllSpotsBeforeStart();
    return lead.isPresent() && !now.isBefore(session.start().toInstant().minus(lead.get()));
  }

  /** Spots not held by any booking; 0 when the class is full or overbooked. */
  static int freeSpots(ClassSession session) {
    return Math.max(0, session.capacity() - session.occupancy().booked());
  }

  /** Spots the ClassPass limit still allows; unbounded without a limit or in the release window. */
  static int classPassAllowance(ClassSession session, Instant now) {
    ClassPassSettings settings = session.activity().classPass();
    if (settings.spotLimit().isEmpty() || releaseWindowOpen(session, now)) {
      return Integer.MAX_VALUE;
    }
    return Math.max(0, settings.spotLimit().getAsInt() - session.occupancy().bookedByClassPass());
  }

  /** Labels of the layout's spots no booking holds, in layout order. */
  static List<String> freeSpotLabels(ClassSession session) {
    List<String> free = new ArrayList<>();
    for (Spot spot : session.layout()) {
      if (!session.occupancy().takenSpotLabels().contains(spot.label())) {
        free.add(spot.label());
      }
    }
    return free;
  }
}
