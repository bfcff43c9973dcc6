package io.github.aggregatorsdk.classpass.test.conformance;

import java.util.Optional;

/**
 * What the host under test does for the conformance runner: makes classes to book and acts as its
 * staff would. A host implements it in its own test, over its own services and database; without
 * one (the command line) the checks that need it are skipped.
 *
 * <p>Every method is called from the runner's thread, one at a time, and MUST have finished its
 * work (committed, and reported the change to the SDK as the host's screens do) when it returns.
 * Exceptions fail the check that called the method.
 */
public interface ConformanceHost {

  /** When a class made for a check starts, relative to the call that makes it. */
  enum Timing {
    /** At least a day ahead and outside the class's late-cancel window: an early cancellation. */
    EARLY,
    /** Inside the class's late-cancel window, still bookable: a late cancellation. */
    IN_LATE_CANCEL_WINDOW,
    /**
     * Within {@link ClassPassConformance#STARTING_SOON} of the call, bookable until it starts:
     * the runner books it, waits until it started and then cancels.
     */
    STARTING_SOON
  }

  /**
   * The partner whose venue the runner uses.
   *
   * @return the partner id; empty for the first one {@code GET /partners} lists
   */
  default Optional<String> partnerId() {
    return Optional.empty();
  }

  /**
   * The venue the runner uses, which the classes of {@link #createClass} belong to.
   *
   * @return the venue id; empty for the partner's first listed venue
   */
  default Optional<String> venueId() {
    return Optional.empty();
  }

  /**
   * Makes a new class for one check: at the runner's venue, of an activity open to ClassPass,
   * not cancelled, bookable now, within 60 days, with no booking of any channel, and with
   * exactly {@code classPassSpots} spots ClassPass may book (the class may hold more people).
   * Each call MUST make a class of its own.
   *
   * @param timing when the class starts; never null
   * @param classPassSpots how many spots ClassPass may book, at least 1
   * @return the class's schedule id as the partner API lists it; never null
   */
  String createClass(Timing timing, int classPassSpots);

  /**
   * Cancels a class as the studio's staff would: ClassPass must learn it (the listing, the
   * reservation statuses, and a {@code SCHEDULE} update with {@code is_cancelled: true}).
   *
   * @param scheduleId a class of {@link #createClass}; never null
   */
  void cancelClass(String scheduleId);

  /**
   * Records that the holder of a ClassPass reservation did not come, as the studio's staff would.
   *
   * @param reservationId ClassPass's reservation id of a booked reservation; never null
   */
  void markNoShow(String reservationId);
}
