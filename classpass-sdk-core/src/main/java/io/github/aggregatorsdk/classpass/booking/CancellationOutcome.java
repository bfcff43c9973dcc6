package io.github.aggregatorsdk.classpass.booking;

import io.github.aggregatorsdk.classpass.spi.Booking;
import java.util.Objects;

/**
 * The answer to a cancellation: {@link Cancelled} or a {@link Refusal}.
 */
public sealed interface CancellationOutcome permits CancellationOutcome.Cancelled, Refusal {

  /**
   * The booking is cancelled: just now, or by an earlier cancellation, which then answers the
   * same.
   *
   * @param booking the cancelled booking; never null
   * @param lateCancel the host's decision: whether the cancellation fell inside the late-cancel
   *     window
   */
  record Cancelled(Booking booking, boolean lateCancel) implements CancellationOutcome {

    /** Checks the booking is present. */
    public Cancelled {
      Objects.requireNonNull(booking, "booking");
    }

  }
}
