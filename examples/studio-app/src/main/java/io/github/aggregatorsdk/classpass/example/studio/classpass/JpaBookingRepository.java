package io.github.aggregatorsdk.classpass.example.studio.classpass;

import io.github.aggregatorsdk.classpass.example.studio.bookings.BookingEntity;
import io.github.aggregatorsdk.classpass.example.studio.bookings.BookingState;
import io.github.aggregatorsdk.classpass.example.studio.bookings.Bookings;
import io.github.aggregatorsdk.classpass.example.studio.bookings.Channel;
import io.github.aggregatorsdk.classpass.example.studio.customers.CustomerEntity;
import io.github.aggregatorsdk.classpass.example.studio.customers.Customers;
import io.github.aggregatorsdk.classpass.example.studio.schedule.ClassSessionEntity;
import io.github.aggregatorsdk.classpass.example.studio.schedule.ClassSessions;
import io.github.aggregatorsdk.classpass.spi.Booking;
import io.github.aggregatorsdk.classpass.spi.BookingRepository;
import io.github.aggregatorsdk.classpass.spi.BookingStatus;
import io.github.aggregatorsdk.classpass.spi.NewBooking;
import java.time.Instant;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The ClassPass lines of the studio's sign-in lists. They sit in the same table as front-desk and
 * online bookings, so one count over it gives a class's occupancy across every channel.
 */
@Component
@Transactional
class JpaBookingRepository implements BookingRepository {

  private final Bookings bookings;
  private final ClassSessions sessions;
  private final Customers customers;

  JpaBookingRepository(Bookings bookings, ClassSessions sessions, Customers customers) {
    this.bookings = bookings;
    this.sessions = sessions;
    this.customers = customers;
  }

  // Read as plain values: no entities to load and then track until the transaction ends.
  @Override
  @Transactional(readOnly = true)
  public Optional<Booking> findByReservationId(String reservationId) {
    return bookings.findClassPassRow(reservationId).map(JpaBookingRepository::toBooking);
  }

  @Override
  @Transactional(readOnly = true)
  public List<Booking> findClassPassBookings(String sessionId) {
    return Ids.parse(sessionId)
        .map(id -> bookings.findRows(id, Channel.CLASSPASS))
        .orElse(List.of())
        .stream()
        .map(JpaBookingRepository::toBooking)
        .toList();
  }

  /** What the SDK reads in a class's row lock on every reservation: by user, not the whole class. */
  @Override
  @Transactional(readOnly = true)
  public List<Booking> findClassPassBookings(String sessionId, String classPassUserId) {
    return Ids.parse(sessionId)
        .map(id -> bookings.findClassPassRows(id, classPassUserId))
        .orElse(List.of())
        .stream()
        .map(JpaBookingRepository::toBooking)
        .toList();
  }

  @Override
  public Booking create(NewBooking booking) {
    Columns.fits(booking.reservationId(), Columns.CLASSPASS_ID, "reservationId");
    Columns.fits(booking.classPassUserId(), Columns.CLASSPASS_ID, "classPassUserId");
    Columns.fits(booking.product(), Columns.PRODUCT, "product");
    Columns.fits(booking.spotLabel(), Columns.SPOT_LABEL, "spotLabel");
    // References, not reads: the SDK has just read the class in its row lock and found or created
    // the customer. An id without a row fails on its foreign key at the flush below.
    ClassSessionEntity session =
        sessions.getReferenceById(
            Ids.parse(booking.sessionId())
                .orElseThrow(() -> new NoSuchElementException("no class " + booking.sessionId())));
    CustomerEntity customer =
        customers.getReferenceById(
            Ids.parse(booking.customerId())
                .orElseThrow(
                    () -> new NoSuchElementException("no customer " + booking.customerId())));
    // Flushed at once: a reservation id stored twice fails here (unique constraint), and the
    // class's occupancy counts this booking in the very next query.
    BookingEntity stored =
        bookings.saveAndFlush(
            BookingEntity.classPass(
                session,
                customer,
                booking.product(),
                booking.paid(),
                booking.reservationId(),
                booking.classPassUserId(),
                booking.spotLabel(),
                booking.createdAt()));
    return toBooking(stored);
  }

  @Override
  public Booking updateStatus(String bookingId, BookingStatus status, Instant at) {
    BookingEntity booking =
        Ids.parse(bookingId)
            .flatMap(id -> bookings.findByIdAndChannel(id, Channel.CLASSPASS))
            .orElseThrow(() -> new NoSuchElementException("no ClassPass booking " + bookingId));
    booking.changeStatus(toState(status), at);
    bookings.flush();
    return toBooking(booking);
  }

  private static Booking toBooking(Bookings.ClassPassRow booking) {
    return new Booking(
        Ids.format(booking.id()),
        Ids.format(booking.sessionId()),
        Ids.format(booking.customerId()),
        booking.reservationId(),
        booking.classPassUserId(),
        booking.product(),
        booking.paid(),
        booking.spotLabel(),
        toStatus(booking.status()),
        booking.createdAt(),
        booking.updatedAt());
  }

  private static Booking toBooking(BookingEntity booking) {
    return new Booking(
        Ids.format(booking.getId()),
        Ids.format(booking.getSession().getId()),
        Ids.format(booking.getCustomer().getId()),
        booking.getClassPassReservationId(),
        booking.getClassPassUserId(),
        booking.getProduct(),
        booking.isPaid(),
        booking.getSpotLabel(),
        toStatus(booking.getStatus()),
        booking.getCreatedAt(),
        booking.getUpdatedAt());
  }

  // Spelled out rather than mapped by name: should either side gain a state, this stops compiling.
  private static BookingStatus toStatus(BookingState state) {
    return switch (state) {
      case BOOKED -> BookingStatus.BOOKED;
      case ATTENDED -> BookingStatus.ATTENDED;
      case MISSED -> BookingStatus.MISSED;
      case CANCELLED -> BookingStatus.CANCELLED;
      case LATE_CANCELLED -> BookingStatus.LATE_CANCELLED;
    };
  }

  private static BookingState toState(BookingStatus status) {
    return switch (status) {
      case BOOKED -> BookingState.BOOKED;
      case ATTENDED -> BookingState.ATTENDED;
      case MISSED -> BookingState.MISSED;
      case CANCELLED -> BookingState.CANCELLED;
      case LATE_CANCELLED -> BookingState.LATE_CANCELLED;
    };
  }
}
