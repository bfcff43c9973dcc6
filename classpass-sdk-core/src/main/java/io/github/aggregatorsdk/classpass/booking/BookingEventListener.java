package io.github.aggregatorsdk.classpass.booking;

/**
 * Told when a booking outcome may change what ClassPass must know; the sync layer implements it
 * to queue {@code SCHEDULE} and {@code RESERVATION} updates.
 *
 * <p>Called inside the host's session transaction, right after the change was written (and again
 * when ClassPass redelivers a reservation or a cancellation, whose first update may have died
 * with its instance), on the thread that made it: an update written here commits or rolls back
 * with the change. An exception thrown here reaches the booking service's caller and rolls the
 * change back, so that no change is ever committed without its update. Implementations MUST be
 * thread-safe and SHOULD return quickly (queue, don't send).
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
