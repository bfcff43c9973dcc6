package io.github.aggregatorsdk.classpass.example.studio.staff;

import io.github.aggregatorsdk.classpass.example.studio.bookings.BookingEntity;
import io.github.aggregatorsdk.classpass.example.studio.bookings.BookingState;
import io.github.aggregatorsdk.classpass.example.studio.bookings.Bookings;
import io.github.aggregatorsdk.classpass.example.studio.bookings.Channel;
import io.github.aggregatorsdk.classpass.example.studio.customers.CustomerEntity;
import io.github.aggregatorsdk.classpass.example.studio.customers.Customers;
import io.github.aggregatorsdk.classpass.example.studio.schedule.ClassSessionEntity;
import io.github.aggregatorsdk.classpass.example.studio.schedule.ClassSessions;
import io.github.aggregatorsdk.classpass.spring.ClassSessionChangedEvent;
import io.github.aggregatorsdk.classpass.spring.ReservationChangedEvent;
import java.time.Clock;
import java.util.List;
import java.util.NoSuchElementException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes staff make on the studio's side, as any host has them: cancel or resize a class, book
 * at the front desk, record attendance, cancel a booking. Each runs in one transaction and
 * publishes the starter's {@link ClassSessionChangedEvent} or {@link ReservationChangedEvent}
 * inside it; the starter writes the update for ClassPass in that same transaction (the JDBC outbox
 * joins it), so the update commits with the change or not at all, and no crash can come between
 * the two. That is the whole integration a host's own screens need.
 */
@Service
public class StaffDesk {

  private final ClassSessions sessions;
  private final Bookings bookings;
  private final Customers customers;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  StaffDesk(
      ClassSessions sessions,
      Bookings bookings,
      Customers customers,
      ApplicationEventPublisher events,
      Clock clock) {
    this.sessions = sessions;
    this.bookings = bookings;
    this.customers = customers;
    this.events = events;
    this.clock = clock;
  }

  /**
   * Cancels a class. ClassPass hears that the class is cancelled and that each of its ClassPass
   * bookings is {@code CLASS_CANCELLED}; the studio's own bookings stay for staff to refund.
   *
   * @throws NoSuchElementException when there is no such class
   */
  @Transactional
  public void cancelClass(long sessionId) {
    ClassSessionEntity session = lockedSession(sessionId);
    if (!session.isCancelled()) {
      session.cancel(clock.instant());
      events.publishEvent(ClassSessionChangedEvent.cancelled(String.valueOf(sessionId)));
    }
  }

  /**
   * Changes how many people a class takes; ClassPass hears the class's new availability.
   *
   * @throws NoSuchElementException when there is no such class
   * @throws StaffActionRefused when the capacity is negative
   */
  @Transactional
  public void changeCapacity(long sessionId, int capacity) {
    if (capacity < 0) {
      throw new StaffActionRefused("a class cannot take fewer than 0 people");
    }
    lockedSession(sessionId).changeCapacity(capacity, clock.instant());
    events.publishEvent(ClassSessionChangedEvent.changed(String.valueOf(sessionId)));
  }

  /**
   * Books a customer into a class at the front desk, if a spot is free. Takes the class's row
   * lock first, as ClassPass reservations do through the SDK, so the two can never sell the same
   * last spot; READ COMMITTED so that the count after the lock sees what the previous holder
   * committed. ClassPass hears the class's new availability.
   *
   * @return the booking; never null
   * @throws NoSuchElementException when there is no such class or customer
   * @throws StaffActionRefused when the class is cancelled or full
   */
  @Transactional(isolation = Isolation.READ_COMMITTED)
  public BookingEntity bookAtFrontDesk(
      long sessionId, long customerId, String product, boolean paid) {
    ClassSessionEntity session = lockedSession(sessionId);
    CustomerEntity customer =
        customers
            .findById(customerId)
            .orElseThrow(() -> new NoSuchElementException("no customer " + customerId));
    if (session.isCancelled()) {
      throw new StaffActionRefused("class " + sessionId + " is cancelled");
    }
    if (spotsHeld(sessionId) >= session.getCapacity()) {
      throw new StaffActionRefused("class " + sessionId + " is full");
    }
    BookingEntity booking =
        bookings.saveAndFlush(
            BookingEntity.direct(
                session, customer, Channel.FRONT_DESK, product, paid, null, clock.instant()));
    events.publishEvent(ClassSessionChangedEvent.changed(String.valueOf(sessionId)));
    return booking;
  }

  /**
   * Records whether a booked customer came. For a ClassPass booking ClassPass hears it at once,
   * so nobody types it again in ClassPass's dashboard.
   *
   * @param status {@link BookingState#ATTENDED} or {@link BookingState#MISSED}
   * @return the booking; never null
   * @throws NoSuchElementException when there is no such booking
   * @throws StaffActionRefused for another status, or a cancelled booking
   */
  @Transactional
  public BookingEntity recordAttendance(long bookingId, BookingState status) {
    if (status != BookingState.ATTENDED && status != BookingState.MISSED) {
      throw new StaffActionRefused("attendance is ATTENDED or MISSED, not " + status);
    }
    BookingEntity booking = booking(bookingId);
    if (!BookingState.HOLDING_A_SPOT.contains(booking.getStatus())) {
      throw new StaffActionRefused("booking " + bookingId + " is " + booking.getStatus());
    }
    booking.changeStatus(status, clock.instant());
    if (booking.getChannel() == Channel.CLASSPASS) {
      events.publishEvent(new ReservationChangedEvent(booking.getClassPassReservationId()));
    }
    // Other channels: the spot stays taken, so ClassPass's availability does not change.
    return booking;
  }

  /**
   * Cancels a booking on the studio's side, freeing its spot. ClassPass hears the class's new
   * availability, and for a ClassPass booking its status {@code CANCELLED}.
   *
   * @return the booking; never null
   * @throws NoSuchElementException when there is no such booking
   */
  @Transactional
  public BookingEntity cancelBooking(long bookingId) {
    BookingEntity booking = booking(bookingId);
    if (!BookingState.HOLDING_A_SPOT.contains(booking.getStatus())) {
      return booking;
    }
    booking.changeStatus(BookingState.CANCELLED, clock.instant());
    if (booking.getChannel() == Channel.CLASSPASS) {
      events.publishEvent(new ReservationChangedEvent(booking.getClassPassReservationId()));
    } else {
      events.publishEvent(
          ClassSessionChangedEvent.changed(String.valueOf(booking.getSession().getId())));
    }
    return booking;
  }

  private ClassSessionEntity lockedSession(long sessionId) {
    return sessions
        .lockById(sessionId)
        .orElseThrow(() -> new NoSuchElementException("no class " + sessionId));
  }

  private BookingEntity booking(long bookingId) {
    return bookings
        .findById(bookingId)
        .orElseThrow(() -> new NoSuchElementException("no booking " + bookingId));
  }

  private long spotsHeld(long sessionId) {
    return bookings.countStates(sessionId).stream()
        .filter(Bookings.StateCount::holdSpots)
        .mapToLong(Bookings.StateCount::count)
        .sum();
  }
}
