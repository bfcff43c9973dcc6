package io.github.aggregatorsdk.classpass.test;

import io.github.aggregatorsdk.classpass.model.Partner;
import io.github.aggregatorsdk.classpass.model.ReservationUpdate;
import io.github.aggregatorsdk.classpass.model.Schedule;
import io.github.aggregatorsdk.classpass.model.UpdateEvent;
import io.github.aggregatorsdk.classpass.model.Venue;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayDeque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * What ClassPass knows: partners, venues, and the latest version of each schedule and
 * reservation by {@code last_updated}. Every method holds the object's monitor, and every change
 * wakes the threads waiting in {@link #await}.
 */
final class InventoryState {

  private final Map<String, Partner> partners = new LinkedHashMap<>();
  private final Map<String, Venue> venues = new LinkedHashMap<>();
  private final Map<String, Schedule> schedules = new LinkedHashMap<>();
  private final Map<String, ReservationUpdate> reservations = new LinkedHashMap<>();
  private final ArrayDeque<RecordedCall> calls = new ArrayDeque<>();
  private int maxCalls = Integer.MAX_VALUE;

  synchronized void record(RecordedCall call) {
    calls.addLast(call);
    while (calls.size() > maxCalls) {
      calls.removeFirst();
    }
    notifyAll();
  }

  synchronized void keepCalls(int max) {
    maxCalls = max;
    while (calls.size() > maxCalls) {
      calls.removeFirst();
    }
  }

  synchronized void partner(Partner partner) {
    partners.put(partner.partnerId(), partner);
    notifyAll();
  }

  synchronized void venue(Venue venue) {
    venues.put(venue.partnerId() + "/" + venue.venueId(), venue);
    notifyAll();
  }

  synchronized boolean knowsVenue(String partnerId, String venueId) {
    return venues.containsKey(partnerId + "/" + venueId);
  }

  /** Keeps each payload unless a newer version of the same schedule or reservation is known. */
  synchronized void apply(List<UpdateEvent> events) {
    for (UpdateEvent event : events) {
      if (event.payload() instanceof Schedule schedule) {
        keepNewest(schedules, schedule.id(), schedule, Schedule::lastUpdated);
      } else if (event.payload() instanceof ReservationUpdate reservation) {
        keepNewest(
            reservations, reservation.reservationId(), reservation, ReservationUpdate::lastUpdated);
      }
    }
    notifyAll();
  }

  private static <T> void keepNewest(
      Map<String, T> latest, String id, T incoming, Function<T, OffsetDateTime> version) {
    T known = latest.get(id);
    if (known == null || !version.apply(incoming).isBefore(version.apply(known))) {
      latest.put(id, incoming);
    }
  }

  synchronized Optional<Schedule> schedule(String id) {
    return Optional.ofNullable(schedules.get(id));
  }

  synchronized Optional<ReservationUpdate> reservation(String id) {
    return Optional.ofNullable(reservations.get(id));
  }

  synchronized List<Schedule> schedules() {
    return List.copyOf(schedules.values());
  }

  synchronized List<Partner> partners() {
    return List.copyOf(partners.values());
  }

  synchronized List<Venue> venues() {
    return List.copyOf(venues.values());
  }

  synchronized List<RecordedCall> calls() {
    return List.copyOf(calls);
  }

  synchronized void clear() {
    partners.clear();
    venues.clear();
    schedules.clear();
    reservations.clear();
    calls.clear();
    notifyAll();
  }

  /**
   * Waits until {@code probe} gives a value or the timeout passes.
   *
   * @return the value, or empty after the timeout
   */
  synchronized <T> Optional<T> await(Function<InventoryState, Optional<T>> probe, Duration timeout)
      throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      Optional<T> found = probe.apply(this);
      long left = deadline - System.nanoTime();
      if (found.isPresent() || left <= 0) {
        return found;
      }
      wait(Math.max(1, left / 1_000_000));
    }
  }
}
