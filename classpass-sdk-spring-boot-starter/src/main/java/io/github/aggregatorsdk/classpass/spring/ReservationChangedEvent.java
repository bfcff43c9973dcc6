package io.github.aggregatorsdk.classpass.spring;

import java.util.Objects;

/**
 * Tells ClassPass that the host changed a ClassPass booking: it recorded attendance (attended,
 * no-show) or cancelled the booking on its side. Publish it with Spring's {@link
 * org.springframework.context.ApplicationEventPublisher}, for example {@code
 * events.publishEvent(new ReservationChangedEvent(booking.getClassPassReservationId()))}.
 *
 * <p>The booking's status, and the class's availability when the booking freed its spot, are
 * written to the outbox inside the surrounding transaction, as for {@link
 * ClassSessionChangedEvent}: committed with the change or not at all; a failure to write them
 * reaches the publisher.
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
