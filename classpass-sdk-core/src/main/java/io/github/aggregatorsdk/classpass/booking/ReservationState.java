package io.github.aggregatorsdk.classpass.booking;

import io.github.aggregatorsdk.classpass.spi.Booking;
import io.github.aggregatorsdk.classpass.spi.ClassSession;
import java.time.Instant;
import java.util.Objects;

/**
 * A ClassPass booking with its reservation status as ClassPass sees it: one line of a session's
 * attendance, or one status change to push.
 *
 * @param booking the booking; never null
 * @param status its status, derived from the booking and its session; never null
 * @param lastUpdated when the status last changed: the booking's last change, or the session's
 *     when the class was cancelled later; never null
 */
public record ReservationState(Booking booking, ClassPassStatus status, Instant lastUpdated) {

  /** Checks required components. */
  public ReservationState {
    Objects.requireNonNull(booking, "booking");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(lastUpdated, "lastUpdated");
  }

  /**
   * A booking's state as ClassPass should see it, by the rules {@link AttendanceService}
   * describes: a booking that holds its spot in a cancelled session is {@code CLASS_CANCELLED}
   * (dated by the session's change when that is later), otherwise the status of the same name
   * ({@code BOOKED} is {@code ENROLLED}).
   *
   * @param booking the booking; never null
   * @param session its session; never null
   * @return the state; never null
   */
  public static ReservationState of(Booking booking, ClassSession session) {
    Objects.requireNonNull(booking, "booking");
    Objects.requireNonNull(session, "session");
    ClassPassStatus status = statusOf(booking, session);
    Instant lastUpdated = booking.lastUpdated();
    if (status == ClassPassStatus.CLASS_CANCELLED
        && session.lastUpdated().isAfter(lastUpdated)) {
      lastUpdated = session.lastUpdated();
    }
    return new ReservationState(booking, status, lastUpdated);
  }

  static ClassPassStatus statusOf(Booking booking, ClassSession session) {
    if (session.cancelled() && booking.status().holdsSpot()) {
      return ClassPassStatus.CLASS_CANCELLED;
    }
    return switch (booking.status()) {
      case BOOKED -> ClassPassStatus.ENROLLED;
      case ATTENDED -> ClassPassStatus.ATTENDED;
      case MISSED -> ClassPassStatus.MISSED;
      case CANCELLED -> ClassPassStatus.CANCELLED;
      case LATE_CANCELLED -> ClassPassStatus.LATE_CANCELLED;
    };
  }
}
