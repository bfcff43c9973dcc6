package io.github.aggregatorsdk.classpass.booking;

import io.github.aggregatorsdk.classpass.customer.MatchConflict;
import io.github.aggregatorsdk.classpass.customer.MatchConflictListener;
import io.github.aggregatorsdk.classpass.internal.MessageWithheld;
import io.github.aggregatorsdk.classpass.spi.ClassSession;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Calls the host's listeners: the booking event listener inside the session transaction, where
 * its failure rolls the change back; the others after it, where a failing one never breaks a
 * committed booking.
 */
final class Listeners {

  private static final Logger LOG = LoggerFactory.getLogger(Listeners.class);

  private final BookingEventListener events;
  private final MatchConflictListener conflicts;
  private final BookingOutcomeListener outcomes;

  Listeners(
      BookingEventListener events,
      MatchConflictListener conflicts,
      BookingOutcomeListener outcomes) {
    this.events = events;
    this.conflicts = conflicts;
    this.outcomes = outcomes;
  }

  /**
   * Inside the host's session transaction: the update is written with the change, and a failure
   * to write it rolls the change back (it reaches the caller), so that no change is ever
   * committed without its update.
   */
  void changedInTransaction(String sessionId) {
    events.sessionChanged(sessionId);
  }

  /**
   * Inside the host's session transaction, as {@link #changedInTransaction(String)}, with the
   * session's state after the change when the booking service holds it (else empty: the listener
   * reads it).
   */
  void changedInTransaction(String sessionId, Optional<ClassSession> current) {
    if (current.isPresent()) {
      events.sessionChanged(current.get());
    } else {
      events.sessionChanged(sessionId);
    }
  }

  /**
   * A reservation's new status and then its session's state (held, or to be read when empty),
   * inside the session transaction.
   */
  void changedInTransaction(ReservationState state, Optional<ClassSession> current) {
    events.reservationStatusChanged(state);
    changedInTransaction(state.booking().sessionId(), current);
  }

  void sessionChanged(String sessionId) {
    safely("sessionChanged", sessionId, () -> events.sessionChanged(sessionId));
  }

  void reservationStatusChanged(ReservationState state) {
    safely(
        "reservationStatusChanged",
        state.booking().reservationId(),
        () -> events.reservationStatusChanged(state));
  }

  void conflict(MatchConflict conflict) {
    safely("onConflict", conflict.createdCustomerId(), () -> conflicts.onConflict(conflict));
  }

  void reservationAnswered(ReservationOutcome outcome) {
    safely("reservationAnswered", outcome.getClass().getSimpleName(),
        () -> outcomes.reservationAnswered(outcome));
  }

  void lateCancelDisagreement(LateCancelDisagreement disagreement) {
    safely("lateCancelDisagreement", disagreement.reservationId(),
        () -> outcomes.lateCancelDisagreement(disagreement));
  }

  void cancellationAnswered(CancellationOutcome outcome) {
    safely("cancellationAnswered", outcome.getClass().getSimpleName(),
        () -> outcomes.cancellationAnswered(outcome));
  }

  private static void safely(String event, String id, Runnable call) {
    try {
      call.run();
    } catch (RuntimeException e) {
      // The exception's message may come from host code and carry anything: keep it out of WARN.
      LOG.warn("listener {} failed for {} with {}; the committed change stands",
          event, id, e.getClass().getName());
      LOG.debug("listener {} failure for {}", event, id, MessageWithheld.of(e));
    }
  }
}
