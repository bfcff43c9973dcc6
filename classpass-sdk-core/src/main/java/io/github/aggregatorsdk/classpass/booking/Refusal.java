package io.github.aggregatorsdk.classpass.booking;

import io.github.aggregatorsdk.classpass.model.PartnerApiErrorCode;
import java.util.Objects;

/**
 * A reservation or cancellation the rules refused; nothing was written.
 *
 * @param code the contract's error code to answer ClassPass with; never null
 * @param message what was wrong, for the error body and logs; names ids, never personal data;
 *     never null
 */
public record Refusal(PartnerApiErrorCode code, String message)
    implements ReservationOutcome, CancellationOutcome {

  /** Checks required components. */
  public Refusal {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(message, "message");
  }
}
