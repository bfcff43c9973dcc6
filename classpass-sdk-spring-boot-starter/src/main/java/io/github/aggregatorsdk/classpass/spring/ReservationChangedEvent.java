package io.github.aggregatorsdk.classpass.spring;

import java.util.Objects;

/**
 * Tells ClassPass that the host changed a ClassPass booking: it recorded attendance (attended,
 * no-show) or cancelled the booking on its side. Publish it with Spring's {@link
 * org.springframework.context.ApplicationEventPublisher}, for example {@code
 * events.publishEvent(new ReservationChangedEvent(booking.getClassPassReservationId()))}.
 *
 * <p>The booking's status is queued for ClassPass once the surrounding transaction has committed
 * (at once outside a transaction; nothing after a rollback), and the class's availability too
 * when the booking freed its spot. As with {@link ClassSessionChangedEvent}, a failure to queue
 * is logged, never thrown to the publisher.
 *
 * @param reservationId ClassPass's reservation id of the booking; never null
 */
public record ReservationChangedEvent(String reservationId) {

  /**
   * Checks the reservation id.
   *
   * @throws NullPointerException when it is null
   */
  public ReservationChangedEvent {
    Objects.requireNonNull(reservationId, "reservationId");
  }
}
