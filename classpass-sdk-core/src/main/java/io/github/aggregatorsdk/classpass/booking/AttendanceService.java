package io.github.aggregatorsdk.classpass.booking;

import io.github.aggregatorsdk.classpass.spi.Booking;
import io.github.aggregatorsdk.classpass.spi.BookingRepository;
import io.github.aggregatorsdk.classpass.spi.ClassSession;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Reservation statuses as ClassPass sees them, derived from the host's booking state and the
 * session: the attendance list of a session. Thread-safe; it only reads. The host reports its own
 * changes (attendance taken, its own cancellation, a cancelled class) to {@code ScheduleSync}.
 *
 * <p>Status: a booking that still holds its spot ({@code BOOKED}, {@code ATTENDED}, {@code
 * MISSED}) in a cancelled session is {@code CLASS_CANCELLED}; otherwise {@code BOOKED} is {@code
 * ENROLLED} and the other states map to the status of the same name. A booking the user cancelled
 * before the studio cancelled the class keeps its {@code CANCELLED} or {@code LATE_CANCELLED}. The
 * clock plays no part: only the host knows whether a booked user came, and ClassPass treats a
 * reservation it hears nothing about as attended.
 */
public final class AttendanceService {

  private final BookingRepository bookings;

  AttendanceService(BookingRepository bookings) {
    this.bookings = bookings;
  }

  /**
   * The status ClassPass should see for a booking.
   *
   * @param booking the booking; never null
   * @param session its session; never null
   * @return the status; never null
   */
  public ClassPassStatus statusOf(Booking booking, ClassSession session) {
    Objects.requireNonNull(booking, "booking");
    Objects.requireNonNull(session, "session");
    return ReservationState.statusOf(booking, session);
  }

  /**
   * A session's ClassPass bookings in every state, in creation order, each with its status: the
   * attendance list ClassPass reads. The caller pages it.
   *
   * @param session the session, already checked to belong to the partner and venue asked for;
   *     never null
   * @return the states; never null, empty when the session has no ClassPass booking
   */
  public List<ReservationState> attendance(ClassSession session) {
    Objects.requireNonNull(session, "session");
    List<ReservationState> states = new ArrayList<>();
    for (Booking booking : bookings.findClassPassBookings(session.id())) {
      states.add(stateOf(booking, session));
    }
    return states;
  }

  private static ReservationState stateOf(Booking booking, ClassSession session) {
    return ReservationState.of(booking, session);
  }
}
