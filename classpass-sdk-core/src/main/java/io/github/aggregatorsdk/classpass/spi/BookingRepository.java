package io.github.aggregatorsdk.classpass.spi;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The ClassPass bookings in the host's sign-in lists.
 *
 * <p>Implementations MUST be thread-safe. Methods never return null. The SDK calls the writing
 * methods inside {@link SessionTransactions#inSessionTransaction} for the booking's session; a
 * booking's spot MUST show in that session's {@link Occupancy} as soon as it is written.
 * Exceptions thrown by an implementation reach the caller as they are.
 */
public interface BookingRepository {

  /**
   * The booking made for a ClassPass reservation.
   *
   * @param reservationId ClassPass's reservation id; never null
   * @return the booking, or empty when none was made for it
   */
  Optional<Booking> findByReservationId(String reservationId);

  /**
   * A session's ClassPass bookings in every state, ordered by creation time.
   *
   * @param sessionId the session's id; never null
   * @return the bookings; empty when none or when the session is unknown
   */
  List<Booking> findClassPassBookings(String sessionId);

  /**
   * A session's ClassPass bookings made for one ClassPass user, in every state, ordered by
   * creation time: what the booking rules check on every reservation (a user holds one spot per
   * class). The default filters {@link #findClassPassBookings(String)}, which reads every
   * ClassPass booking of the class; a host whose classes take many bookings should answer it with
   * a query by user instead.
   *
   * @param sessionId the session's id; never null
   * @param classPassUserId the ClassPass user id; never null
   * @return the user's bookings on the session; empty when none or when the session is unknown
   */
  default List<Booking> findClassPassBookings(String sessionId, String classPassUserId) {
    Objects.requireNonNull(classPassUserId, "classPassUserId");
    return findClassPassBookings(sessionId).stream()
        .filter(booking -> classPassUserId.equals(booking.classPassUserId()))
        .toList();
  }

  /**
   * Adds a ClassPass booking to a session's sign-in list, in state {@link BookingStatus#BOOKED},
   * with the product and paid flag given.
   *
   * @param booking what to add; never null. Its reservation id is new (the SDK checked inside the
   *     session's transaction). A reservation id redelivered for a different session at the same
   *     moment is only caught by the store: the implementation MUST fail (with any runtime
   *     exception, for example a unique constraint's) rather than store a second booking with the
   *     same reservation id; the SDK then reads the reservation again and answers as for a
   *     redelivery. A value the host cannot store: {@link ValueNotStorableException} before writing.
   * @return the stored booking, with the host's id
   */
  Booking create(NewBooking booking);

  /**
   * Changes a booking's state, for a cancellation by ClassPass.
   *
   * @param bookingId the booking's id; never null
   * @param status the new state; never null
   * @param at when the change happened; never null, becomes {@link Booking#lastUpdated()}
   * @return the booking after the change
   * @throws java.util.NoSuchElementException when no booking has this id
   */
  Booking updateStatus(String bookingId, BookingStatus status, Instant at);
}
