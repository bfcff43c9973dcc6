package io.github.aggregatorsdk.classpass.booking;

import io.github.aggregatorsdk.classpass.spi.Booking;
import io.github.aggregatorsdk.classpass.spi.ClassSession;
import io.github.aggregatorsdk.classpass.spi.ClassSessionRepository;
import io.github.aggregatorsdk.classpass.spi.Occupancy;
import io.github.aggregatorsdk.classpass.spi.Spot;
import java.time.Instant;
import java.util.HashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A session's state after one ClassPass booking write, derived from the state read under the
 * session's lock before it, as {@link ClassSessionRepository} describes: what a read inside the
 * same transaction would return, without that read. Empty when the write does not fit the state
 * read (the caller then reads the session again): a booking of another session, a label the
 * layout lacks or that is already taken (or, freed, not taken), a count that would go below zero
 * or past {@link Integer#MAX_VALUE}, or a status change that does not take or free a spot the
 * way its statuses say.
 */
final class SessionAfterWrite {

  private SessionAfterWrite() {}

  /**
   * The session after {@code created} was added to it.
   *
   * @param locked the session read under its lock before the booking was created
   * @param created the booking as the host's repository returned it
   */
  static Optional<ClassSession> afterCreate(ClassSession locked, Booking created) {
    if (!created.sessionId().equals(locked.id()) || !created.status().holdsSpot()) {
      return Optional.empty();
    }
    return take(locked, created);
  }

  /**
   * The session after a booking's status changed from {@code before} to {@code after}.
   *
   * @param locked the session read under its lock before the change
   * @param before the booking as read under the lock
   * @param after the booking as the host's repository returned it after the change
   */
  static Optional<ClassSession> afterStatusChange(
      ClassSession locked, Booking before, Booking after) {
    if (!after.sessionId().equals(locked.id()) || !before.sessionId().equals(locked.id())
        || !before.id().equals(after.id())
        || !Objects.equals(before.spotLabel(), after.spotLabel())) {
      return Optional.empty();
    }
    boolean held = before.status().holdsSpot();
    boolean holds = after.status().holdsSpot();
    if (held == holds) {
      return Optional.of(touched(locked, locked.occupancy(), after.lastUpdated()));
    }
    return holds ? take(locked, after) : free(locked, after);
  }

  private static Optional<ClassSession> take(ClassSession locked, Booking booking) {
    Occupancy occupancy = locked.occupancy();
    if (occupancy.booked() == Integer.MAX_VALUE) {
      return Optional.empty();
    }
    Set<String> labels = occupancy.takenSpotLabels();
    String label = booking.spotLabel();
    if (label != null) {
      if (!inLayout(locked, label) || labels.contains(label)) {
        return Optional.empty();
      }
      labels = new HashSet<>(labels);
      labels.add(label);
    }
    return Optional.of(touched(locked,
        new Occupancy(occupancy.booked() + 1, occupancy.bookedByClassPass() + 1, labels),
        booking.lastUpdated()));
  }

  private static Optional<ClassSession> free(ClassSession locked, Booking booking) {
    Occupancy occupancy = locked.occupancy();
    if (occupancy.bookedByClassPass() < 1) {
      return Optional.empty();
    }
    Set<String> labels = occupancy.takenSpotLabels();
    String label = booking.spotLabel();
    if (label != null) {
      if (!inLayout(locked, label) || !labels.contains(label)) {
        return Optional.empty();
      }
      labels = new HashSet<>(labels);
      labels.remove(label);
    }
    return Optional.of(touched(locked,
        new Occupancy(occupancy.booked() - 1, occupancy.bookedByClassPass() - 1, labels),
        booking.lastUpdated()));
  }

  private static boolean inLayout(ClassSession session, String label) {
    return session.layout().stream().map(Spot::label).anyMatch(label::equals);
  }

  /** The session with the given occupancy, changed no earlier than {@code changedAt}. */
  private static ClassSession touched(
      ClassSession locked, Occupancy occupancy, Instant changedAt) {
    Instant lastUpdated =
        changedAt.isAfter(locked.lastUpdated()) ? changedAt : locked.lastUpdated();
    return locked.toBuilder().occupancy(occupancy).lastUpdated(lastUpdated).build();
  }
}
