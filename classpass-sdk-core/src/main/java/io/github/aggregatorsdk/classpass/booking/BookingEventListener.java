package io.github.aggregatorsdk.classpass.booking;

import io.github.aggregatorsdk.classpass.spi.ClassSession;
import io.github.aggregatorsdk.classpass.spi.ClassSessionRepository;

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
   * The session's availability or state may have changed: after a redelivered reservation, after
   * a reservation or cancellation whose resulting state the booking service does not hold (see
   * {@link #sessionChanged(ClassSession)}), and when the host reports a change through {@link
   * AttendanceService}. The session's state must be read to know it.
   *
   * @param sessionId the session's id; never null
   */
  default void sessionChanged(String sessionId) {}

  /**
   * The session changed, and this is its state: called instead of {@link
   * #sessionChanged(String)} after a reservation or cancellation by ClassPass whose resulting
   * state the booking service holds, so that the state need not be read again.
   *
   * <p>{@code current} is the session the booking service read inside this session transaction,
   * under the session's lock, with the booking just made or cancelled applied to it: a new
   * ClassPass booking counted in {@code booked} and {@code bookedByClassPass} and its spot label
   * taken; a cancelled one taken off both and its label freed; {@code lastUpdated} the later of
   * the session's and the booking's. For a repeated cancellation, which writes nothing, it is the
   * session as read. It is what a read of the session through the {@link ClassSessionRepository}
   * at this point of the transaction returns, and valid only within this transaction. When the
   * booking service cannot derive it (the repository's {@link
   * ClassSessionRepository#occupancyFollowsBookingWrites()} is false, or the write does not fit
   * the state read) it calls {@link #sessionChanged(String)} instead.
   *
   * <p>The default calls {@link #sessionChanged(String)} with the session's id, so a listener
   * that implements only that one hears every change as before. A listener that forwards to
   * others (the sync's among them) should forward this method as it is, or they read the session
   * again.
   *
   * @param current the session's state in this transaction after the change; never null
   */
  default void sessionChanged(ClassSession current) {
    sessionChanged(current.id());
  }

  /**
   * A ClassPass reservation's status changed: a cancellation by ClassPass, a change the host
   * recorded (attendance, its own cancellation) or the class being cancelled.
   *
   * @param state the booking and its new status; never null
   */
  default void reservationStatusChanged(ReservationState state) {}
}
