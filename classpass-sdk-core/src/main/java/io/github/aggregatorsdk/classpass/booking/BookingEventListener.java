package io.github.aggregatorsdk.classpass.booking;

/**
 * Told when a booking outcome may change what ClassPass must know; the sync layer implements it
 * to queue {@code SCHEDULE} and {@code RESERVATION} updates.
 *
 * <p>Called after the session transaction returned, so only for committed changes, on the thread
 * that made them. An exception thrown here is logged (without personal data) and swallowed: it
 * never undoes or fails a committed booking. Implementations MUST be thread-safe and SHOULD return
 * quickly (queue, don't send).
 */
public interface BookingEventListener {

  /**
   * A listener that ignores every event.
   *
   * @return the listener; never null
   */
  static BookingEventListener none() {
    return new BookingEventListener() {};
  }

  /**
   * The session's availability or state may have changed: after every reservation and
   * cancellation, and when the host reports a change through {@link AttendanceService}.
   *
   * @param sessionId the session's id; never null
   */
  default void sessionChanged(String sessionId) {}

  /**
   * A ClassPass reservation's status changed: a cancellation by ClassPass, a change the host
   * recorded (attendance, its own cancellation) or the class being cancelled.
   *
   * @param state the booking and its new status; never null
   */
  default void reservationStatusChanged(ReservationState state) {}
}
