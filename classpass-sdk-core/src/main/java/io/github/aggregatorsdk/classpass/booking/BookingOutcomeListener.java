package io.github.aggregatorsdk.classpass.booking;

/**
 * Told of every answer the booking services give to a reservation or cancellation, refusals
 * included, for metrics and audit trails; {@link BookingEventListener} hears only of committed
 * changes.
 *
 * <p>Called on the caller's thread after the session transaction returned, once per call that
 * returned an outcome; a call that threw (a host failure) is not reported. Implementations MUST be
 * thread-safe and SHOULD return quickly. An exception they throw is logged (without personal data)
 * and swallowed: it never changes the answer.
 */
public interface BookingOutcomeListener {

  /**
   * A listener that ignores every outcome.
   *
   * @return the listener; never null
   */
  static BookingOutcomeListener none() {
    return new BookingOutcomeListener() {};
  }

  /**
   * A reservation was answered.
   *
   * @param outcome the booking or the refusal, as returned to the caller; never null
   */
  default void reservationAnswered(ReservationOutcome outcome) {}

  /**
   * A cancellation was answered.
   *
   * @param outcome the cancelled booking or the refusal, as returned to the caller; never null
   */
  default void cancellationAnswered(CancellationOutcome outcome) {}

  /**
   * A cancellation was answered with the studio's late-cancel decision, which differs from the
   * view ClassPass sent ({@code is_late_cancel}). Called after {@link #cancellationAnswered}, and
   * only for a cancellation made now (not a repeated one).
   *
   * @param disagreement what each side said; never null
   */
  default void lateCancelDisagreement(LateCancelDisagreement disagreement) {}
}
