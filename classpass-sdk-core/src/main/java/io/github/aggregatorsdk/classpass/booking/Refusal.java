package io.github.aggregatorsdk.classpass.booking;

import java.util.Objects;

/**
 * A reservation or cancellation the rules refused; nothing was written.
 *
 * @param reason why, as the partner API answers it with the contract's error code; never null
 * @param message what was wrong, for the error body and logs; names ids and the host's field names,
 *     never personal data; never null
 * @param field the host's name of the value it could not store ({@link
 *     io.github.aggregatorsdk.classpass.spi.ValueNotStorableException#field()}) when that was the
 *     reason; otherwise null
 */
public record Refusal(Reason reason, String message, String field)
    implements ReservationOutcome, CancellationOutcome {

  /** Checks required components. */
  public Refusal {
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(message, "message");
  }

  /**
   * A refusal that names no stored field.
   *
   * @param reason why; never null
   * @param message what was wrong; never null
   */
  public Refusal(Reason reason, String message) {
    this(reason, message, null);
  }

  /** Why the rules refused, one per error code of the contract. */
  public enum Reason {
    /** The reservation cannot be made (unknown class, outside its window, a value not storable). */
    RESERVATION_REFUSED,
    /** The cancellation cannot be made (unknown reservation, class over). */
    CANCELLATION_REFUSED,
    /** The class or its ClassPass allowance is full. */
    NO_CAPACITY,
    /** The class was cancelled by the studio. */
    CLASS_CANCELLED,
    /** The user already holds a spot in the class. */
    ALREADY_RESERVED
  }
}
