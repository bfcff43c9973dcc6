package io.github.aggregatorsdk.classpass.spi.memory;

import io.github.aggregatorsdk.classpass.spi.Booking;
import io.github.aggregatorsdk.classpass.spi.BookingRepository;
import io.github.aggregatorsdk.classpass.spi.BookingStatus;
import io.github.aggregatorsdk.classpass.spi.NewBooking;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;

/**
 * ClassPass bookings held in memory. Thread-safe: every method holds the repository's lock. A
 * reservation id is used by at most one booking; a second {@link #create} with it fails. A
 * session's bookings are listed in the order they were created. Obtain one from {@link
 * InMemoryStudio#bookings()}.
 */
public final class InMemoryBookingRepository implements BookingRepository {

  private final UndoLog undoLog;
  private final Map<String, Booking> byId = new LinkedHashMap<>();
  private final Map<String, String> idByReservationId = new HashMap<>();
  private final Map<String, List<String>> idsBySession = new HashMap<>();
  private long nextId = 1;

  InMemoryBookingRepository(UndoLog undoLog) {
    this.undoLog = undoLog;
  }

  @Override
  public synchronized Optional<Booking> findByReservationId(String reservationId) {
    Objects.requireNonNull(reservationId, "reservationId");
    return Optional.ofNullable(idByReservationId.get(reservationId)).map(byId::get);
  }

  @Override
  public synchronized List<Booking> findClassPassBookings(String sessionId) {
    Objects.requireNonNull(sessionId, "sessionId");
    List<Booking> found = new ArrayList<>();
    for (String id : idsBySession.getOrDefault(sessionId, List.of())) {
      found.add(byId.get(id));
    }
    return found;
  }

  @Override
  public synchronized List<Booking> findClassPassBookings(String sessionId, String classPassUserId) {
    Objects.requireNonNull(sessionId, "sessionId");
    Objects.requireNonNull(classPassUserId, "classPassUserId");
    List<Booking> found = new ArrayList<>();
    for (String id : idsBySession.getOrDefault(sessionId, List.of())) {
      Booking booking = byId.get(id);
      if (classPassUserId.equals(booking.classPassUserId())) {
        found.add(booking);
      }
    }
    return found;
  }

  /**
   * {@inheritDoc}
   *
   * @throws IllegalStateException when a booking with the reservation id exists
   */
  @Override
  public synchronized Booking create(NewBooking booking) {
    Objects.requireNonNull(booking, "booking");
    String holder = idByReservationId.get(booking.reservationId());
    if (holder != null) {
      throw new IllegalStateException(
          "reservation " + booking.reservationId() + " already booked as " + holder);
    }
    String id = "booking-" + nextId++;
    Booking created =
        new Booking(
            id,
            booking.sessionId(),
            booking.customerId(),
            booking.reservationId(),
            booking.classPassUserId(),
            booking.product(),
            booking.paid(),
            booking.spotLabel(),
            BookingStatus.BOOKED,
            booking.createdAt(),
            booking.createdAt());
    byId.put(id, created);
    idByReservationId.put(created.reservationId(), id);
    idsBySession.computeIfAbsent(created.sessionId(), session -> new ArrayList<>()).add(id);
    undoLog.record(() -> remove(created));
    return created;
  }

  @Override
  public synchronized Booking updateStatus(String bookingId, BookingStatus status, Instant at) {
    Objects.requireNonNull(bookingId, "bookingId");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(at, "at");
    Booking previous = byId.get(bookingId);
    if (previous == null) {
      throw new NoSuchElementException("no booking with id " + bookingId);
    }
    Booking updated =
        new Booking(
            previous.id(),
            previous.sessionId(),
            previous.customerId(),
            previous.reservationId(),
            previous.classPassUserId(),
            previous.product(),
            previous.paid(),
            previous.spotLabel(),
            status,
            previous.createdAt(),
            at);
    byId.put(bookingId, updated);
    undoLog.record(() -> replace(previous));
    return updated;
  }

  /** Every booking of every session, in the order they were created; a snapshot, never null. */
  public synchronized List<Booking> all() {
    return List.copyOf(byId.values());
  }

  private synchronized void remove(Booking booking) {
    byId.remove(booking.id());
    idByReservationId.remove(booking.reservationId());
    List<String> ofSession = idsBySession.get(booking.sessionId());
    ofSession.remove(booking.id());
    if (ofSession.isEmpty()) {
      idsBySession.remove(booking.sessionId());
    }
  }

  private synchronized void replace(Booking booking) {
    byId.put(booking.id(), booking);
  }
}
