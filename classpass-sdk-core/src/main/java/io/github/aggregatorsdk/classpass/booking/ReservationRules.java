package io.github.aggregatorsdk.classpass.booking;

import static io.github.aggregatorsdk.classpass.booking.Refusal.Reason.ALREADY_RESERVED;
import static io.github.aggregatorsdk.classpass.booking.Refusal.Reason.CLASS_CANCELLED;
import static io.github.aggregatorsdk.classpass.booking.Refusal.Reason.NO_CAPACITY;
import static io.github.aggregatorsdk.classpass.booking.Refusal.Reason.RESERVATION_REFUSED;

import io.github.aggregatorsdk.classpass.spi.Booking;
import io.github.aggregatorsdk.classpass.spi.ClassSession;
import io.github.aggregatorsdk.classpass.spi.Spot;
import java.time.Instant;
import java.util.List;

/**
 * The reservation checks, in the contract's order, as a pure function of the request, the session
 * read inside the transaction, the user's ClassPass bookings on it and the time.
 */
final class ReservationRules {

  /**
   * What the rules decided: refuse ({@code refusal} set) or book, holding {@code spotLabel} (null
   * without a layout).
   */
  record Decision(String spotLabel, Refusal refusal) {

    static Decision book(String spotLabel) {
      return new Decision(spotLabel, null);
    }

    static Decision refuse(Refusal.Reason reason, String message) {
      return new Decision(null, new Refusal(reason, message));
    }

    boolean refused() {
      return refusal != null;
    }
  }

  private ReservationRules() {}

  /**
   * Decides a new reservation (its id is unused).
   *
   * @param session the session read inside the transaction; null when unknown
   * @param bookings the session's ClassPass bookings of the requesting user (others are ignored)
   */
  static Decision decide(
      ReservationCommand request, ClassSession session, List<Booking> bookings, Instant now) {
    String scheduleId = request.scheduleId();
    if (session == null) {
      return Decision.refuse(RESERVATION_REFUSED, "schedule " + scheduleId + " does not exist");
    }
    if (!session.partnerId().equals(request.partnerId())
        || !session.venueId().equals(request.venueId())) {
      return Decision.refuse(
          RESERVATION_REFUSED,
          "schedule " + scheduleId + " does not belong to partner " + request.partnerId()
              + " and venue " + request.venueId());
    }
    if (!session.activity().classPass().allowed()) {
      return Decision.refuse(
          RESERVATION_REFUSED, "schedule " + scheduleId + " is not open to ClassPass");
    }
    Decision outsideWindow = outsideBookableWindow(session, now);
    if (outsideWindow != null) {
      return outsideWindow;
    }
    if (session.cancelled()) {
      return Decision.refuse(CLASS_CANCELLED, "schedule " + scheduleId + " is cancelled");
    }
    for (Booking booking : bookings) {
      if (booking.status().holdsSpot()
          && booking.classPassUserId().equals(request.member().userId())) {
        return Decision.refuse(
            ALREADY_RESERVED,
            "the user already holds reservation " + booking.reservationId()
                + " on schedule " + scheduleId);
      }
    }
    if (AvailabilityCalculator.freeSpots(session) == 0) {
      return Decision.refuse(NO_CAPACITY, "schedule " + scheduleId + " is full");
    }
    if (AvailabilityCalculator.classPassAllowance(session, now) == 0) {
      return Decision.refuse(
          NO_CAPACITY,
          "the spots schedule " + scheduleId + " offers to ClassPass are taken");
    }
    return session.hasLayout() ? chooseSpot(request, session) : Decision.book(null);
  }

  /**
   * Bookable from {@code bookableFrom} (inclusive, none: always) until {@code bookableUntil}
   * (exclusive, none: the start), and never from the start on.
   */
  private static Decision outsideBookableWindow(ClassSession session, Instant now) {
    String scheduleId = session.id();
    if (AvailabilityCalculator.started(session, now)) {
      return Decision.refuse(RESERVATION_REFUSED, "schedule " + scheduleId + " has started");
    }
    if (session.bookableFrom() != null && now.isBefore(session.bookableFrom().toInstant())) {
      return Decision.refuse(
          RESERVATION_REFUSED,
          "schedule " + scheduleId + " is bookable from " + session.bookableFrom());
    }
    if (session.bookableUntil() != null && !now.isBefore(session.bookableUntil().toInstant())) {
      return Decision.refuse(
          RESERVATION_REFUSED,
          "schedule " + scheduleId + " was bookable until " + session.bookableUntil());
    }
    return null;
  }

  /**
   * The requested spot when it exists and is free (else 4001: other spots may be free, so "no
   * capacity" would mislead), or the first free spot in layout order when none was requested
   * (4003 when none is free).
   */
  private static Decision chooseSpot(ReservationCommand request, ClassSession session) {
    String scheduleId = session.id();
    String requested = request.spotLabel() == null ? "" : request.spotLabel().trim();
    if (requested.isEmpty()) {
      List<String> free = AvailabilityCalculator.freeSpotLabels(session);
      if (free.isEmpty()) {
        return Decision.refuse(
            NO_CAPACITY, "no spot of schedule " + scheduleId + "'s layout is free");
      }
      return Decision.book(free.get(0));
    }
    boolean exists = session.layout().stream().map(Spot::label).anyMatch(requested::equals);
    if (!exists) {
      return Decision.refuse(
          RESERVATION_REFUSED,
          "spot " + requested + " does not exist on schedule " + scheduleId);
    }
    if (session.occupancy().takenSpotLabels().contains(requested)) {
      return Decision.refuse(
          RESERVATION_REFUSED, "spot " + requested + " on schedule " + scheduleId + " is taken");
    }
    return Decision.book(requested);
  }
}
