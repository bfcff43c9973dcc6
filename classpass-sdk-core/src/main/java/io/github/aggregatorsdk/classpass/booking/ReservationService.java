package io.github.aggregatorsdk.classpass.booking;

import static io.github.aggregatorsdk.classpass.booking.Refusal.Reason.RESERVATION_REFUSED;

import io.github.aggregatorsdk.classpass.customer.CustomerMatch;
import io.github.aggregatorsdk.classpass.customer.CustomerMatcher;
import io.github.aggregatorsdk.classpass.customer.MatchConflict;
import io.github.aggregatorsdk.classpass.customer.ClassPassMember;
import io.github.aggregatorsdk.classpass.spi.Booking;
import io.github.aggregatorsdk.classpass.spi.BookingRepository;
import io.github.aggregatorsdk.classpass.spi.ClassSession;
import io.github.aggregatorsdk.classpass.spi.ClassSessionRepository;
import io.github.aggregatorsdk.classpass.spi.NewBooking;
import io.github.aggregatorsdk.classpass.spi.SessionTransactions;
import io.github.aggregatorsdk.classpass.spi.ValueNotStorableException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns a ClassPass reservation into a booking in the host's sign-in list. Thread-safe.
 *
 * <p>Inside one {@link SessionTransactions#inSessionTransaction} for the schedule it re-reads the
 * session and checks, in this order: a reservation id seen before (the same schedule and user get
 * the first answer again and nothing is written; another schedule or user gets 4001); unknown
 * schedule or another partner or venue (4001); activity not open to ClassPass (4001); outside the
 * bookable window, which runs from {@code bookableFrom} inclusive to {@code bookableUntil}
 * exclusive and always ends at the start (4001); class cancelled (4004); the user already holds a
 * booking on it (4006); class full, or the ClassPass limit reached outside the release window
 * (4003); with a layout, a requested spot that does not exist or is taken (4001) or no free spot
 * (4003), a free spot being assigned in layout order when none was requested. Only then is the
 * customer matched or created and the booking made (product "ClassPass", paid). A refusal writes
 * nothing. The {@link BookingEventListener} is told inside the transaction, so that the update
 * for ClassPass is written with the booking (and again when a reservation is redelivered); the
 * other listeners after it returned. It is given the session's state after the booking, derived
 * from the session read under the lock (see {@link BookingEventListener#sessionChanged(
 * ClassSession)}), so that the class is read once per reservation; only its id when the state
 * cannot be derived, or for a redelivery.
 *
 * <p>Races the host's store settles after these checks never escape as exceptions: when the
 * transaction fails and the reservation id turns out booked meanwhile (the same id sent for another
 * class at the same moment), the answer is the redelivery one (the first answer again, or 4001 for
 * another schedule or user); otherwise the attempt runs once more on the committed state (a
 * customer linked by e-mail by a concurrent request is then seen). A host's {@link
 * ValueNotStorableException} drops an optional personal field and books without it, or refuses a
 * required one with 4001 naming the field.
 */
public final class ReservationService {

  private static final Logger LOG = LoggerFactory.getLogger(ReservationService.class);

  private final SessionTransactions transactions;
  private final ClassSessionRepository sessions;
  private final BookingRepository bookings;
  private final CustomerMatcher matcher;
  private final Listeners listeners;
  private final Clock clock;

  ReservationService(
      SessionTransactions transactions,
      ClassSessionRepository sessions,
      BookingRepository bookings,
      CustomerMatcher matcher,
      Listeners listeners,
      Clock clock) {
    this.transactions = transactions;
    this.sessions = sessions;
    this.bookings = bookings;
    this.matcher = matcher;
    this.listeners = listeners;
    this.clock = clock;
  }

  /**
   * Books a ClassPass user into a schedule, or refuses with the contract's error code.
   *
   * @param request the reservation, its ids checked by the partner API; never null
   * @return the booking's spot, or the refusal; never null
   * @throws RuntimeException whatever the host's repositories or transaction throw twice in a row
   *     (other than {@link ValueNotStorableException}); nothing is then committed
   */
  public ReservationOutcome reserve(ReservationCommand request) {
    Objects.requireNonNull(request, "request");
    Attempt attempt = settle(request);
    if (attempt.booked()) {
      attempt.conflict().ifPresent(listeners::conflict);
    }
    if (attempt.outcome() instanceof Refusal refusal) {
      LOG.debug(
          "reservation {} on schedule {} refused with {}: {}",
          request.reservationId(),
          request.scheduleId(),
          refusal.reason(),
          refusal.message());
    }
    listeners.reservationAnswered(attempt.outcome());
    return attempt.outcome();
  }

  /**
   * Runs the attempt in the session's transaction and answers as the contract says when the host's
   * store decided something the checks could not see: a value it cannot store (an optional one is
   * dropped and the attempt run again, a required one refused with 4001), or a race its unique
   * constraints settled (the same reservation id booked for another class at the same moment, a
   * customer linked by another request). Such a failure rolled everything back; the committed state
   * is read again: the reservation now booked gets the redelivery answer, anything else one more
   * attempt, which sees the winner's writes. A failure that persists is rethrown.
   */
  private Attempt settle(ReservationCommand request) {
    ReservationCommand current = request;
    boolean retried = false;
    while (true) {
      ReservationCommand tried = current;
      try {
        return transactions.inSessionTransaction(tried.scheduleId(), () -> attempt(tried));
      } catch (ValueNotStorableException notStorable) {
        String field = notStorable.field();
        Optional<ClassPassMember> without = UnstorableField.without(tried.member(), field);
        if (without.isEmpty()) {
          return Attempt.answer(new Refusal(
              RESERVATION_REFUSED, field + " cannot be stored by the studio", field));
        }
        LOG.atInfo()
            .addKeyValue("classpass.reservation_id", tried.reservationId())
            .log("reservation {}: the studio cannot store {}; booking without it",
                tried.reservationId(), field);
        current = tried.with(without.get());
      } catch (RuntimeException failure) {
        Optional<Booking> earlier = reread(tried, failure);
        if (earlier.isPresent()) {
          return Attempt.answer(redelivery(tried, earlier.get()));
        }
        if (retried) {
          throw failure;
        }
        retried = true;
        LOG.debug(
            "reservation {} failed in the host's store ({}); trying once more",
            tried.reservationId(),
            failure.getClass().getName());
      }
    }
  }

  private Optional<Booking> reread(ReservationCommand request, RuntimeException failure) {
    try {
      return bookings.findByReservationId(request.reservationId());
    } catch (RuntimeException rereadFailure) {
      failure.addSuppressed(rereadFailure);
      throw failure;
    }
  }

  private Attempt attempt(ReservationCommand request) {
    Instant now = clock.instant();
    Optional<Booking> earlier = bookings.findByReservationId(request.reservationId());
    if (earlier.isPresent()) {
      ReservationOutcome answer = redelivery(request, earlier.get());
      if (answer instanceof ReservationOutcome.Reserved) {
        // ClassPass sends again what it got no answer for: the first attempt may have died
        // before its update was delivered, so the update is queued again with the answer.
        listeners.changedInTransaction(request.scheduleId());
      }
      return Attempt.answer(answer);
    }
    ClassSession session = sessions.findById(request.scheduleId()).orElse(null);
    ReservationRules.Decision decision =
        ReservationRules.decide(
            request,
            session,
            session == null
                ? List.of()
                : bookings.findClassPassBookings(session.id(), request.member().userId()),
            now);
    if (decision.refused()) {
      return Attempt.answer(decision.refusal());
    }
    CustomerMatch match = matcher.match(request.member());
    Booking booking =
        bookings.create(
            NewBooking.classPass(
                session.id(),
                match.customer().id(),
                request.reservationId(),
                request.member().userId(),
                decision.spotLabel(),
                now));
    // The class's update is built from the session read under its lock with this booking
    // applied: what a read now would return, without that read (see SessionAfterWrite).
    listeners.changedInTransaction(
        session.id(),
        sessions.occupancyFollowsBookingWrites()
            ? SessionAfterWrite.afterCreate(session, booking)
            : Optional.empty());
    LOG.debug(
        "reservation {} booked as {} on schedule {} for customer {} ({})",
        request.reservationId(),
        booking.id(),
        session.id(),
        match.customer().id(),
        match.outcome());
    return new Attempt(new ReservationOutcome.Reserved(booking), true, match.conflict());
  }

  private static ReservationOutcome redelivery(ReservationCommand request, Booking earlier) {
    if (earlier.sessionId().equals(request.scheduleId())
        && earlier.classPassUserId().equals(request.member().userId())) {
      LOG.debug("reservation {} redelivered; answering as before", request.reservationId());
      return new ReservationOutcome.Reserved(earlier);
    }
    return new Refusal(
        RESERVATION_REFUSED,
        "reservation " + request.reservationId() + " was already made for another schedule or user");
  }


  /** What the transaction produced, and whether it booked (so listeners must hear of it). */
  private record Attempt(
      ReservationOutcome outcome, boolean booked, Optional<MatchConflict> conflict) {

    static Attempt answer(ReservationOutcome outcome) {
      return new Attempt(outcome, false, Optional.empty());
    }
  }
}
