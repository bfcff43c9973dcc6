package io.github.aggregatorsdk.classpass.spi.memory;

import io.github.aggregatorsdk.classpass.spi.Booking;
import io.github.aggregatorsdk.classpass.spi.ClassSession;
import io.github.aggregatorsdk.classpass.spi.ClassSessionRepository;
import io.github.aggregatorsdk.classpass.spi.Occupancy;
import io.github.aggregatorsdk.classpass.spi.Page;
import io.github.aggregatorsdk.classpass.spi.PageRequest;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

/**
 * The schedule held in memory. Thread-safe. The host adds sessions with {@link #save} and
 * bookings from its own channels (front desk, app) with {@link #addHostBookings} and {@link
 * #addHostBooking}; every session read carries an {@link Occupancy} computed at that moment from
 * those host bookings and the ClassPass bookings of the shared {@link InMemoryBookingRepository},
 * so counts are always right. A session's {@code lastUpdated} is the latest of its own, its
 * bookings' and its host bookings' changes. Obtain one from {@link InMemoryStudio#sessions()}.
 */
public final class InMemoryClassSessionRepository implements ClassSessionRepository {

  private static final Comparator<ClassSession> BY_START_THEN_ID =
      Comparator.comparing((ClassSession session) -> session.start().toInstant())
          .thenComparing(ClassSession::id);

  private final UndoLog undoLog;
  private final InMemoryBookingRepository bookings;
  private final Clock clock;
  private final Map<String, ClassSession> sessions = new ConcurrentHashMap<>();
  private final Map<String, HostBookings> hostBookings = new ConcurrentHashMap<>();

  InMemoryClassSessionRepository(UndoLog undoLog, InMemoryBookingRepository bookings, Clock clock) {
    this.undoLog = undoLog;
    this.bookings = bookings;
    this.clock = clock;
  }

  @Override
  public Optional<ClassSession> findById(String sessionId) {
    Objects.requireNonNull(sessionId, "sessionId");
    return Optional.ofNullable(sessions.get(sessionId)).map(this::withOccupancy);
  }

  @Override
  public Page<ClassSession> findByVenue(
      String partnerId, String venueId, LocalDate from, LocalDate to, PageRequest page) {
    Objects.requireNonNull(partnerId, "partnerId");
    Objects.requireNonNull(venueId, "venueId");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(page, "page");
    List<ClassSession> matching = new ArrayList<>();
    for (ClassSession session : sessions.values()) {
      LocalDate day = session.start().toLocalDate();
      if (session.partnerId().equals(partnerId)
          && session.venueId().equals(venueId)
          && !day.isBefore(from)
          && !day.isAfter(to)) {
        matching.add(session);
      }
    }
    matching.sort(BY_START_THEN_ID);
    Page<ClassSession> cut = Page.of(matching, page);
    return new Page<>(
        cut.items().stream().map(this::withOccupancy).toList(), cut.totalItems(), page);
  }

  /**
   * Adds a session or replaces the one with the same id. The given occupancy is ignored: reads
   * compute it from the bookings.
   *
   * @param session the session; never null
   * @return the stored session as a read returns it, with its current occupancy
   */
  public ClassSession save(ClassSession session) {
    Objects.requireNonNull(session, "session");
    ClassSession stored = session.toBuilder().occupancy(Occupancy.EMPTY).build();
    ClassSession previous = sessions.put(stored.id(), stored);
    undoLog.record(
        () -> {
          if (previous == null) {
            sessions.remove(stored.id());
          } else {
            sessions.put(previous.id(), previous);
          }
        });
    return withOccupancy(stored);
  }

  /**
   * Records bookings the host took through its own channels, holding no layout spot.
   *
   * @param sessionId the session; never null
   * @param count how many; at least 1
   */
  public void addHostBookings(String sessionId, int count) {
    if (count < 1) {
      throw new IllegalArgumentException("count must be >= 1, was " + count);
    }
    changeHostBookings(sessionId, current -> current.plus(count, null, clock.instant()));
  }

  /**
   * Records one booking the host took through its own channels.
   *
   * @param sessionId the session; never null
   * @param spotLabel the layout spot it holds; null when none
   */
  public void addHostBooking(String sessionId, String spotLabel) {
    changeHostBookings(sessionId, current -> current.plus(1, spotLabel, clock.instant()));
  }

  /**
   * Forgets every host booking of a session, as if they were all cancelled.
   *
   * @param sessionId the session; never null
   */
  public void clearHostBookings(String sessionId) {
    changeHostBookings(sessionId, current -> HostBookings.NONE.plus(0, null, clock.instant()));
  }

  private void changeHostBookings(
      String sessionId, UnaryOperator<HostBookings> change) {
    Objects.requireNonNull(sessionId, "sessionId");
    HostBookings[] previous = new HostBookings[1];
    hostBookings.compute(
        sessionId,
        (id, current) -> {
          previous[0] = current;
          return change.apply(current == null ? HostBookings.NONE : current);
        });
    undoLog.record(
        () -> {
          if (previous[0] == null) {
            hostBookings.remove(sessionId);
          } else {
            hostBookings.put(sessionId, previous[0]);
          }
        });
  }

  private ClassSession withOccupancy(ClassSession session) {
    HostBookings host = hostBookings.getOrDefault(session.id(), HostBookings.NONE);
    int byClassPass = 0;
    Set<String> labels = new HashSet<>(host.spotLabels());
    Instant lastUpdated = session.lastUpdated();
    if (host.changedAt() != null && host.changedAt().isAfter(lastUpdated)) {
      lastUpdated = host.changedAt();
    }
    for (Booking booking : bookings.findClassPassBookings(session.id())) {
      if (booking.status().holdsSpot()) {
        byClassPass++;
        if (booking.spotLabel() != null) {
          labels.add(booking.spotLabel());
        }
      }
      if (booking.lastUpdated().isAfter(lastUpdated)) {
        lastUpdated = booking.lastUpdated();
      }
    }
    return session.toBuilder()
        .occupancy(new Occupancy(host.count() + byClassPass, byClassPass, labels))
        .lastUpdated(lastUpdated)
        .build();
  }

  /** Bookings from the host's own channels: how many, which spots, when they last changed. */
  private record HostBookings(int count, List<String> spotLabels, Instant changedAt) {

    static final HostBookings NONE = new HostBookings(0, List.of(), null);

    HostBookings plus(int more, String spotLabel, Instant at) {
      List<String> labels = new ArrayList<>(spotLabels);
      if (spotLabel != null) {
        labels.add(spotLabel);
      }
      return new HostBookings(count + more, List.copyOf(labels), at);
    }
  }
}
