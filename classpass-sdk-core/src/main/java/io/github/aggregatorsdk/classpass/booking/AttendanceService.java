package io.github.aggregatorsdk.classpass.booking;

import io.github.aggregatorsdk.classpass.model.ReservationStatus;
import io.github.aggregatorsdk.classpass.spi.Booking;
import io.github.aggregatorsdk.classpass.spi.BookingRepository;
import io.github.aggregatorsdk.classpass.spi.ClassSession;
import io.github.aggregatorsdk.classpass.spi.ClassSessionRepository;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Reservation statuses as ClassPass sees them, derived from the host's booking state and the
 * session: the attendance list of a session, and the changes the host makes on its side (attendance
 * taken, its own cancellation of a ClassPass booking, a cancelled class), which it reports here so
 * that listeners hear of them. Thread-safe; it only reads.
 *
 * <p>Call the reporting methods inside the transaction that made the change: the booking event
 * listener (the sync layer) then writes the update for ClassPass in that transaction, and an
 * exception it throws reaches the caller, who rolls the change back, so that no change is ever
 * committed without its update.
 *
 * <p>Status: a booking that still holds its spot ({@code BOOKED}, {@code ATTENDED}, {@code
 * MISSED}) in a cancelled session is {@code CLASS_CANCELLED}; otherwise {@code BOOKED} is {@code
 * ENROLLED} and the other states map to the status of the same name. A booking the user cancelled
 * before the studio cancelled the class keeps its {@code CANCELLED} or {@code LATE_CANCELLED}. The
 * clock plays no part: only the host knows whether a booked user came, and ClassPass treats a
 * reservation it hears nothing about as attended.
 */
public final class AttendanceService {

  private final ClassSessionRepository sessions;
  private final BookingRepository bookings;
  private final Listeners listeners;

  AttendanceService(ClassSessionRepository sessions, BookingRepository bookings, Listeners listeners) {
    this.sessions = sessions;
    this.bookings = bookings;
    this.listeners = listeners;
  }

  /**
   * The status ClassPass should see for a booking.
   *
   * @param booking the booking; never null
   * @param session its session; never null
   * @return the status; never null
   */
  public ReservationStatus statusOf(Booking booking, ClassSession session) {
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

  /**
   * Reports a change the host made to a ClassPass booking on its side (attendance taken, its own
   * cancellation): listeners hear the booking's status and that its session changed.
   *
   * @param reservationId ClassPass's reservation id of the booking; never null
   * @return the booking's state as reported, or empty (and nothing reported) when the booking or
   *     its session does not exist
   */
  public Optional<ReservationState> bookingChanged(String reservationId) {
    Objects.requireNonNull(reservationId, "reservationId");
    Optional<Booking> booking = bookings.findByReservationId(reservationId);
    Optional<ClassSession> session = booking.flatMap(b -> sessions.findById(b.sessionId()));
    if (session.isEmpty()) {
      return Optional.empty();
    }
    ReservationState state = stateOf(booking.get(), session.get());
    listeners.changedInTransaction(state);
    return Optional.of(state);
  }

  /**
   * Reports that the host cancelled a class (call it after storing the cancelled flag): listeners
   * hear that the session changed and, for every ClassPass booking that held a spot, the status
   * {@code CLASS_CANCELLED}.
   *
   * @param sessionId the session's id; never null
   * @return the states reported; never null, empty when the session is unknown or not cancelled
   */
  public List<ReservationState> classCancelled(String sessionId) {
    Objects.requireNonNull(sessionId, "sessionId");
    Optional<ClassSession> session = sessions.findById(sessionId);
    if (session.isEmpty()) {
      return List.of();
    }
    List<ReservationState> reported = new ArrayList<>();
    if (session.get().cancelled()) {
      for (Booking booking : bookings.findClassPassBookings(sessionId)) {
        if (booking.status().holdsSpot()) {
          ReservationState state = stateOf(booking, session.get());
          listeners.statusChangedInTransaction(state);
          reported.add(state);
        }
      }
    }
    listeners.changedInTransaction(sessionId);
    return reported;
  }

  private static ReservationState stateOf(Booking booking, ClassSession session) {
    return ReservationState.of(booking, session);
  }
}
