package io.github.aggregatorsdk.classpass.booking;

import io.github.aggregatorsdk.classpass.spi.Booking;
import java.util.Objects;
import java.util.Optional;

/**
 * The answer to a reservation: {@link Reserved} or a {@link Refusal}.
 */
public sealed interface ReservationOutcome permits ReservationOutcome.Reserved, Refusal {

  /**
   * The user holds a booking for the reservation: just made, or made by an earlier delivery of the
   * same reservation (which then answers exactly as the first time).
   *
   * @param booking the booking as stored when it was made or, for a redelivery, as stored now;
   *     never null
   */
  record Reserved(Booking booking) implements ReservationOutcome {

    /** Checks the booking is present. */
    public Reserved {
      Objects.requireNonNull(booking, "booking");
    }

    /** The spot given to the user; empty when the class has no layout. */
    public Optional<String> spotLabel() {
      return Optional.ofNullable(booking.spotLabel());
    }

  }
}
