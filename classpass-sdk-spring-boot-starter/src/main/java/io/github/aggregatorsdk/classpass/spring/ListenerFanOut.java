package io.github.aggregatorsdk.classpass.spring;

import io.github.aggregatorsdk.classpass.booking.BookingEventListener;
import io.github.aggregatorsdk.classpass.booking.BookingOutcomeListener;
import io.github.aggregatorsdk.classpass.booking.CancellationOutcome;
import io.github.aggregatorsdk.classpass.booking.LateCancelDisagreement;
import io.github.aggregatorsdk.classpass.booking.ReservationOutcome;
import io.github.aggregatorsdk.classpass.booking.ReservationState;
import io.github.aggregatorsdk.classpass.spi.ClassSession;
import io.github.aggregatorsdk.classpass.client.ClassPassException;
import io.github.aggregatorsdk.classpass.customer.MatchConflictListener;
import io.github.aggregatorsdk.classpass.mapping.PublishProblemListener;
import io.github.aggregatorsdk.classpass.outbox.DeadLetterListener;
import io.github.aggregatorsdk.classpass.outbox.DispatchListener;
import io.github.aggregatorsdk.classpass.outbox.OutboxEntry;
import io.github.aggregatorsdk.classpass.partnerapi.RefusedCallListener;
import java.util.List;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One listener of the SDK that calls every listener bean of its type, in {@code @Order}. A failing
 * bean is logged at WARN with its exception's class only (its message may carry host data; the
 * exception itself at DEBUG), and the others still hear; except booking events, whose failure must
 * roll the booking back.
 */
final class ListenerFanOut {

  private static final Logger LOG = LoggerFactory.getLogger(ListenerFanOut.class);

  private ListenerFanOut() {}

  /**
   * Booking changes, inside the session transaction. A failure is not swallowed: it rolls the
   * booking back and reaches ClassPass as a server error, which it retries.
   */
  static BookingEventListener bookingEvents(List<BookingEventListener> beans) {
    return new BookingEventListener() {
      @Override
      public void sessionChanged(String sessionId) {
        beans.forEach(listener -> listener.sessionChanged(sessionId));
      }

      @Override
      public void sessionChanged(ClassSession current) {
        beans.forEach(listener -> listener.sessionChanged(current));
      }

      @Override
      public void reservationStatusChanged(ReservationState state) {
        beans.forEach(listener -> listener.reservationStatusChanged(state));
      }
    };
  }

  static BookingOutcomeListener bookingOutcomes(List<BookingOutcomeListener> beans) {
    return new BookingOutcomeListener() {
      @Override
      public void reservationAnswered(ReservationOutcome outcome) {
        each(beans, listener -> listener.reservationAnswered(outcome));
      }

      @Override
      public void cancellationAnswered(CancellationOutcome outcome) {
        each(beans, listener -> listener.cancellationAnswered(outcome));
      }

      @Override
      public void lateCancelDisagreement(LateCancelDisagreement disagreement) {
        each(beans, listener -> listener.lateCancelDisagreement(disagreement));
      }
    };
  }

  static MatchConflictListener conflicts(List<MatchConflictListener> beans) {
    return conflict -> each(beans, listener -> listener.onConflict(conflict));
  }

  static DispatchListener dispatches(List<DispatchListener> beans) {
    return new DispatchListener() {
      @Override
      public void batchSent(int events) {
        each(beans, listener -> listener.batchSent(events));
      }

      @Override
      public void batchFailed(int events, ClassPassException failure) {
        each(beans, listener -> listener.batchFailed(events, failure));
      }

      @Override
      public void delivered(List<OutboxEntry> entries) {
        each(beans, listener -> listener.delivered(entries));
      }

      @Override
      public void failed(List<OutboxEntry> entries, String reason) {
        each(beans, listener -> listener.failed(entries, reason));
      }
    };
  }

  static DeadLetterListener deadLetters(List<DeadLetterListener> beans) {
    return deadLetter -> each(beans, listener -> listener.onDeadLetter(deadLetter));
  }

  static PublishProblemListener publishProblems(List<PublishProblemListener> beans) {
    return (sessionId, reasons) ->
        each(beans, listener -> listener.unpublishable(sessionId, reasons));
  }

  static RefusedCallListener refusedCalls(List<RefusedCallListener> beans) {
    return route -> each(beans, listener -> listener.refused(route));
  }

  private static <T> void each(List<T> beans, Consumer<T> call) {
    for (T listener : beans) {
      try {
        call.accept(listener);
      } catch (RuntimeException e) {
        LOG.warn("ClassPass listener {} failed with {}", listener.getClass().getName(),
            e.getClass().getName());
        LOG.debug("ClassPass listener failure", e);
      }
    }
  }
}
