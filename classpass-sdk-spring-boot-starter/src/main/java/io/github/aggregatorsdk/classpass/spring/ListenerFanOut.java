package io.github.aggregatorsdk.classpass.spring;

import io.github.aggregatorsdk.classpass.booking.BookingEventListener;
import io.github.aggregatorsdk.classpass.booking.BookingOutcomeListener;
import io.github.aggregatorsdk.classpass.booking.CancellationOutcome;
import io.github.aggregatorsdk.classpass.booking.LateCancelDisagreement;
import io.github.aggregatorsdk.classpass.booking.ReservationOutcome;
import io.github.aggregatorsdk.classpass.booking.ReservationState;
import io.github.aggregatorsdk.classpass.client.ClassPassException;
import io.github.aggregatorsdk.classpass.internal.MessageWithheld;
import io.github.aggregatorsdk.classpass.mapping.PublishProblemListener;
import io.github.aggregatorsdk.classpass.outbox.DeadLetterListener;
import io.github.aggregatorsdk.classpass.outbox.DispatchListener;
import io.github.aggregatorsdk.classpass.outbox.OutboxEntry;
import java.util.List;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;

/**
 * One listener of the SDK that calls every bean of its type, looked up at each call (so beans
 * that themselves need the SDK's beans can listen without a cycle), in {@code @Order}. A failing
 * bean is logged without its message, which may carry host data, and the others still hear;
 * except booking events, whose failure must roll the booking back.
 */
final class ListenerFanOut {

  private static final Logger LOG = LoggerFactory.getLogger(ListenerFanOut.class);

  private ListenerFanOut() {}

  /**
   * The booking services' event listener: called inside the session transaction, where the sync
   * writes the update for ClassPass. A failure is not swallowed: it rolls the booking back and
   * reaches ClassPass as a server error, which it retries, so that no booking is committed
   * without its update.
   */
  static BookingEventListener bookingEvents(ObjectProvider<BookingEventListener> beans) {
    return new BookingEventListener() {
      @Override
      public void sessionChanged(String sessionId) {
        beans.orderedStream().forEach(listener -> listener.sessionChanged(sessionId));
      }

      @Override
      public void reservationStatusChanged(ReservationState state) {
        beans.orderedStream().forEach(listener -> listener.reservationStatusChanged(state));
      }
    };
  }

  static BookingOutcomeListener bookingOutcomes(ObjectProvider<BookingOutcomeListener> beans) {
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

  static DispatchListener dispatches(ObjectProvider<DispatchListener> beans) {
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

  static DeadLetterListener deadLetters(ObjectProvider<DeadLetterListener> beans) {
    return deadLetter -> each(beans, listener -> listener.onDeadLetter(deadLetter));
  }

  static PublishProblemListener publishProblems(ObjectProvider<PublishProblemListener> beans) {
    return (sessionId, reasons) ->
        each(beans, listener -> listener.unpublishable(sessionId, reasons));
  }

  private static <T> void each(ObjectProvider<T> beans, Consumer<T> call) {
    beans.orderedStream().forEach(listener -> {
      try {
        call.accept(listener);
      } catch (RuntimeException e) {
        LOG.warn("ClassPass listener {} failed with {}", listener.getClass().getName(),
            e.getClass().getName());
        LOG.debug("ClassPass listener failure", MessageWithheld.of(e));
      }
    });
  }
}
