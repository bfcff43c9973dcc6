package io.github.aggregatorsdk.classpass.booking;

import io.github.aggregatorsdk.classpass.model.ReservationStatus;
import io.github.aggregatorsdk.classpass.spi.Booking;
import java.time.Instant;
import java.util.Objects;

/**
 * A ClassPass booking with its reservation status as ClassPass sees it: one line of a session's
 * attendance, or one status change to push.
 *
 * @param booking the booking; never null
 * @param status its status, derived from the booking and its session; never null
 * @param lastUpdated when the status last changed: the booking's last change, or the session's
 *     when the class was cancelled later; never null
 */
public record ReservationState(Booking booking, ReservationStatus status, Instant lastUpdated) {

  /** Checks required components. */
  public ReservationState {
    Objects.requireNonNull(booking, "booking");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(lastUpdated, "lastUpdated");
  }
}
