package io.github.aggregatorsdk.classpass.booking;

import static io.github.aggregatorsdk.classpass.booking.Refusal.Reason.CANCELLATION_REFUSED;

import io.github.aggregatorsdk.classpass.spi.Booking;
import io.github.aggregatorsdk.classpass.spi.BookingRepository;
import io.github.aggregatorsdk.classpass.spi.BookingStatus;
import io.github.aggregatorsdk.classpass.spi.ClassSession;
import io.github.aggregatorsdk.classpass.spi.ClassSessionRepository;
import io.github.aggregatorsdk.classpass.spi.SessionTransactions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Cancels ClassPass reservations. Thread-safe.
 *
 * <p>Inside the session transaction of the reservation's schedule it re-reads the booking and
 * decides, in this order: unknown reservation, or a schedule that no longer exists or belongs to
 * another partner (4002); already cancelled (the same answer as the first time, nothing written);
 * class cancelled by the studio (cancelled, never late); class started, that is now at or after
 * start (4002); attendance already taken (4002); otherwise cancelled, late when now is at or after
 * {@code start − lateCancelWindow} (never late with a zero window). ClassPass's own {@code
 * is_late_cancel} is not used: the host decides. The {@link BookingEventListener} is told inside
 * the transaction, given the session's state after the cancellation (the session read under the
 * lock with the booking's spot freed; see {@link BookingEventListener#sessionChanged(
 * ClassSession)}) or only its id when that state cannot be derived; the other listeners after
 * the transaction returned.
 */
public final class CancellationService {

  private static final Logger LOG = LoggerFactory.getLogger(CancellationService.class);

  private final SessionTransactions transactions;
  private final ClassSessionRepository sessions;
  private final BookingRepository bookings;
  private final Listeners listeners;
  private final Clock clock;

  CancellationService(
      SessionTransactions transactions,
      ClassSessionRepository sessions,
      BookingRepository bookings,
      Listeners listeners,
      Clock clock) {
    this.transactions = transactions;
    this.sessions = sessions;
    this.bookings = bookings;
    this.listeners = listeners;
    this.clock = clock;
  }

  /**
   * Cancels a reservation, or refuses with 4002.
   *
   * @param request the cancellation; never null
   * @return whether the cancellation is late, or the refusal; never null
   * @throws RuntimeException whatever the host's repositories or transaction throw; nothing is
   *     then committed
   */
  public CancellationOutcome cancel(CancellationCommand request) {
    Objects.requireNonNull(request, "request");
    String reservationId = request.reservationId();
    Optional<Booking> booking = bookings.findByReservationId(reservationId);
    Attempt attempt =
        booking.isEmpty()
            ? Attempt.answer(unknown(reservationId))
            : transactions.inSessionTransaction(
                booking.get().sessionId(), () -> attempt(reservationId, request));
    if (attempt.outcome() instanceof Refusal refusal) {
      LOG.debug("cancellation of {} refused: {}", reservationId, refusal.message());
    }
    listeners.cancellationAnswered(attempt.outcome());
    if (attempt.changed() != null && request.classPassSaysLate() != null
        && attempt.outcome() instanceof CancellationOutcome.Cancelled cancelled
        && cancelled.lateCancel() != request.classPassSaysLate()) {
      LateCancelDisagreement disagreement = new LateCancelDisagreement(reservationId,
          cancelled.booking().sessionId(), request.classPassSaysLate(), cancelled.lateCancel());
      LOG.atInfo().addKeyValue("classpass.reservation_id", reservationId)
          .addKeyValue("classpass.schedule_id", disagreement.scheduleId())
          .log("cancellation of reservation {} on schedule {}: ClassPass says late {}, the"
                  + " studio's policy says late {}; answered the studio's decision", reservationId,
              disagreement.scheduleId(), disagreement.classPassSaysLate(),
              disagreement.studioSaysLate());
      listeners.lateCancelDisagreement(disagreement);
    }
    return attempt.outcome();
  }

  private Attempt attempt(String reservationId, CancellationCommand request) {
    Instant now = clock.instant();
    Optional<Booking> found = bookings.findByReservationId(reservationId);
    if (found.isEmpty()) {
      return Attempt.answer(unknown(reservationId));
    }
    Booking booking = found.get();
    Optional<ClassSession> session = sessions.findById(booking.sessionId());
    if (session.isEmpty()) {
      return Attempt.answer(
          refuse("the schedule of reservation " + reservationId + " no longer exists"));
    }
    if (!session.get().partnerId().equals(request.partnerId())) {
      return Attempt.answer(
          refuse(
              "reservation " + reservationId + " does not belong to partner "
                  + request.partnerId()));
    }
    if (booking.status() == BookingStatus.CANCELLED
        || booking.status() == BookingStatus.LATE_CANCELLED) {
      LOG.debug("reservation {} was already cancelled; answering as before", reservationId);
      // A repeated cancellation: the first one's update may have died with its instance.
      listeners.changedInTransaction(
          ReservationState.of(booking, session.get()), Optional.of(session.get()));
      return Attempt.answer(
          new CancellationOutcome.Cancelled(
              booking, booking.status() == BookingStatus.LATE_CANCELLED));
    }
    if (session.get().cancelled()) {
      return cancel(session.get(), booking, false, now);
    }
    if (AvailabilityCalculator.started(session.get(), now)) {
      return Attempt.answer(refuse("schedule " + booking.sessionId() + " has already started"));
    }
    if (booking.status() != BookingStatus.BOOKED) {
      return Attempt.answer(
          refuse("attendance of reservation " + reservationId + " is already recorded"));
    }
    return cancel(session.get(), booking, isLate(session.get(), now), now);
  }

  /** Late from {@code start − lateCancelWindow} on, that instant included; never with no window. */
  static boolean isLate(ClassSession session, Instant now) {
    Duration window = session.lateCancelWindow();
    return !window.isZero() && !now.isBefore(session.start().toInstant().minus(window));
  }

  /**
   * Cancels the booking and tells the listener, with the session read under its lock and this
   * cancellation applied (see {@link SessionAfterWrite}) so that the class is not read again.
   */
  private Attempt cancel(ClassSession session, Booking booking, boolean late, Instant now) {
    BookingStatus status = late ? BookingStatus.LATE_CANCELLED : BookingStatus.CANCELLED;
    Booking cancelled = bookings.updateStatus(booking.id(), status, now);
    LOG.debug("reservation {} cancelled as {}", booking.reservationId(), status);
    ReservationState state =
        new ReservationState(
            cancelled,
            late ? ClassPassStatus.LATE_CANCELLED : ClassPassStatus.CANCELLED,
            cancelled.lastUpdated());
    listeners.changedInTransaction(
        state,
        sessions.occupancyFollowsBookingWrites()
            ? SessionAfterWrite.afterStatusChange(session, booking, cancelled)
            : Optional.empty());
    return new Attempt(new CancellationOutcome.Cancelled(cancelled, late), state);
  }

  private static Refusal unknown(String reservationId) {
    return refuse("reservation " + reservationId + " does not exist");
  }

  private static Refusal refuse(String message) {
    return new Refusal(CANCELLATION_REFUSED, message);
  }

  /** What the transaction produced; {@code changed} is the new state when it cancelled. */
  private record Attempt(CancellationOutcome outcome, ReservationState changed) {

    static Attempt answer(CancellationOutcome outcome) {
      return new Attempt(outcome, null);
    }
  }
}
