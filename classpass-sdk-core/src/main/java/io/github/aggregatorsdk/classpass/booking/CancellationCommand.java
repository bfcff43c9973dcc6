package io.github.aggregatorsdk.classpass.booking;

import java.util.Objects;

/**
 * Cancel a ClassPass reservation: what a cancellation from ClassPass asks, checked by the partner
 * API.
 *
 * @param reservationId ClassPass's reservation id; never null
 * @param partnerId the partner ClassPass names; never null
 * @param classPassSaysLate ClassPass's view of whether the cancellation is late (the studio's
 *     policy decides; a disagreement is reported); null when ClassPass did not say
 */
public record CancellationCommand(String reservationId, String partnerId,
    Boolean classPassSaysLate) {

  /** Checks required components. */
  public CancellationCommand {
    Objects.requireNonNull(reservationId, "reservationId");
    Objects.requireNonNull(partnerId, "partnerId");
  }
}
