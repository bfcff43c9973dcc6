package io.github.aggregatorsdk.classpass.sync;

import io.github.aggregatorsdk.classpass.booking.CancellationCommand;
import static io.github.aggregatorsdk.classpass.sync.SyncStudio.DAY_BEFORE;
import static io.github.aggregatorsdk.classpass.sync.SyncStudio.payload;
import static io.github.aggregatorsdk.classpass.sync.SyncStudio.take;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.aggregatorsdk.classpass.booking.BookingServices;
import io.github.aggregatorsdk.classpass.outbox.DeadLetter;
import io.github.aggregatorsdk.classpass.outbox.InMemoryOutboxStore;
import io.github.aggregatorsdk.classpass.outbox.MutableClock;
import io.github.aggregatorsdk.classpass.outbox.OutboxCounts;
import io.github.aggregatorsdk.classpass.outbox.OutboxEntry;
import io.github.aggregatorsdk.classpass.outbox.OutboxEvent;
import io.github.aggregatorsdk.classpass.outbox.OutboxEventType;
import io.github.aggregatorsdk.classpass.outbox.OutboxStore;
import io.github.aggregatorsdk.classpass.outbox.OutboxStoreException;
import io.github.aggregatorsdk.classpass.spi.Activity;
import io.github.aggregatorsdk.classpass.spi.Booking;
import io.github.aggregatorsdk.classpass.spi.BookingStatus;
import io.github.aggregatorsdk.classpass.spi.ClassPassSettings;
import io.github.aggregatorsdk.classpass.spi.ClassSession;
import io.github.aggregatorsdk.classpass.spi.ClassSessionRepository;
import io.github.aggregatorsdk.classpass.spi.Page;
import io.github.aggregatorsdk.classpass.spi.PageRequest;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ScheduleSyncTest {

  private final MutableClock clock = new MutableClock(DAY_BEFORE);
  private final SyncStudio host = new SyncStudio(clock);
  private final InMemoryOutboxStore outbox = new InMemoryOutboxStore(clock);
  private final Map<String, List<String>> problems = new ConcurrentHashMap<>();
  private final AtomicInteger wakeUps = new AtomicInteger();
  private final ScheduleSync sync = ScheduleSync.builder()
      .sessions(host.studio.sessions())
      .bookings(host.studio.bookings())
      .partners(host.studio.partners())
      .outbox(outbox)
      .clock(clock)
      .problemListener(problems::put)
      .onEnqueued(wakeUps::incrementAndGet)
      .build();
  private final BookingServices services = host.bookingServices(sync.bookingListener());

  @Test
  void classPassReservationQueuesTheScheduleWithTheNewAvailableSpots() {
    host.add("s-1");

    host.reserve(services, "r-1", "s-1");

    List<OutboxEntry> queued = take(outbox);
    assertThat(queued).extracting(OutboxEntry::key).containsExactly("schedule:s-1");
    JsonNode schedule = payload(queued.get(0));
    assertThat(schedule.get("available_spots").asInt()).isEqualTo(9);
    assertThat(schedule.get("total_spots").asInt()).isEqualTo(10);
    assertThat(queued.get(0).event().lastUpdated()).isEqualTo(clock.instant());
    assertThat(wakeUps).hasPositiveValue();
  }

  @Test
  void aSlowReadOfTheOldStateNeverReplacesTheStateQueuedAfterTheChange() {
    // One thread reads the class; before it has mapped and queued what it read, another books a
    // spot and queues the new state. The slow read's version must order before the new one.
    host.add("s-1");
    ClassSessionRepository stored = host.studio.sessions();
    AtomicBoolean first = new AtomicBoolean(true);
    ClassSessionRepository slowOnce =
        new ClassSessionRepository() {
          @Override
          public Optional<ClassSession> findById(String sessionId) {
            Optional<ClassSession> read = stored.findById(sessionId);
            if (first.getAndSet(false)) {
              clock.advance(Duration.ofSeconds(1));
              host.reserve(services, "r-1", "s-1");
              clock.advance(Duration.ofSeconds(1));
            }
            return read;
          }

          @Override
          public Page<ClassSession> findByVenue(
              String partnerId, String venueId, LocalDate from, LocalDate to, PageRequest page) {
            return stored.findByVenue(partnerId, venueId, from, to, page);
          }
        };
    ScheduleSync slowSync =
        ScheduleSync.builder()
            .sessions(slowOnce)
            .bookings(host.studio.bookings())
            .partners(host.studio.partners())
            .outbox(outbox)
            .clock(clock)
            .build();

    slowSync.sessionChanged("s-1");

    List<OutboxEntry> queued = take(outbox);
    assertThat(queued).hasSize(1);
    assertThat(payload(queued.get(0)).get("available_spots").asInt()).isEqualTo(9);
  }

  @Test
  void classPassCancellationQueuesItsStatusAndTheFreedSpot() {
    host.add("s-1");
    host.reserve(services, "r-1", "s-1");
    take(outbox);
    clock.advance(Duration.ofHours(1));

    services.cancellations().cancel(new CancellationCommand("r-1", SyncStudio.PARTNER, false));

    Map<String, JsonNode> queued = byKey(take(outbox));
    assertThat(queued.get("reservation:r-1").get("status").asText()).isEqualTo("CANCELLED");
    assertThat(queued.get("schedule:s-1").get("available_spots").asInt()).isEqualTo(10);
  }

  @Test
  void hostRecordingMissedQueuesAMissedReservationUpdateAndNoSchedule() {
    host.add("s-1");
    Booking booking = host.reserve(services, "r-1", "s-1");
    take(outbox);
    clock.advance(Duration.ofDays(1));
    host.studio.bookings().updateStatus(booking.id(), BookingStatus.MISSED, clock.instant());

    sync.reservationChanged("r-1");

    List<OutboxEntry> queued = take(outbox);
    assertThat(queued).extracting(OutboxEntry::key).containsExactly("reservation:r-1");
    assertThat(queued.get(0).event().payload()).isEqualTo(
        "{\"cp_user_id\":\"cp-r-1\",\"reservation_id\":\"r-1\",\"status\":\"MISSED\","
            + "\"last_updated\":\"2026-03-10T17:00:00+00:00\"}");
    assertThat(queued.get(0).event().type()).isEqualTo(OutboxEventType.RESERVATION);
  }

  @Test
  void hostCancellingAClassPassBookingQueuesItsStatusAndTheFreedSpot() {
    host.add("s-1");
    Booking booking = host.reserve(services, "r-1", "s-1");
    take(outbox);
    clock.advance(Duration.ofMinutes(5));
    host.studio.bookings().updateStatus(booking.id(), BookingStatus.LATE_CANCELLED,
        clock.instant());

    sync.reservationChanged("r-1");

    Map<String, JsonNode> queued = byKey(take(outbox));
    assertThat(queued.get("reservation:r-1").get("status").asText()).isEqualTo("LATE_CANCELLED");
    assertThat(queued.get("schedule:s-1").get("available_spots").asInt()).isEqualTo(10);
  }

  @Test
  void hostCancellingAClassQueuesTheCancelledScheduleAndClassCancelledForEveryClassPassBooking() {
    host.add("s-1");
    host.reserve(services, "r-1", "s-1");
    host.reserve(services, "r-2", "s-1");
    Booking third = host.reserve(services, "r-3", "s-1");
    host.studio.bookings().updateStatus(third.id(), BookingStatus.CANCELLED, clock.instant());
    take(outbox);
    clock.advance(Duration.ofHours(2));
    host.add("s-1", session -> session.cancelled(true).lastUpdated(clock.instant()));

    sync.classCancelled("s-1");

    Map<String, JsonNode> queued = byKey(take(outbox));
    assertThat(queued).containsOnlyKeys("schedule:s-1", "reservation:r-1", "reservation:r-2");
    assertThat(queued.get("schedule:s-1").get("is_cancelled").asBoolean()).isTrue();
    assertThat(queued.get("schedule:s-1").get("available_spots").asInt()).isZero();
    assertThat(queued.get("reservation:r-1").get("status").asText()).isEqualTo("CLASS_CANCELLED");
    assertThat(queued.get("reservation:r-2").get("status").asText()).isEqualTo("CLASS_CANCELLED");
    assertThat(queued.get("reservation:r-2").get("last_updated").asText())
        .isEqualTo("2026-03-09T19:00:00+00:00");
  }

  @Test
  void classCancelledOnAClassThatIsNotCancelledQueuesOnlyItsSchedule() {
    host.add("s-1");
    host.reserve(services, "r-1", "s-1");
    take(outbox);

    sync.classCancelled("s-1");
    sync.classCancelled("s-404");

    assertThat(byKey(take(outbox))).containsOnlyKeys("schedule:s-1");
  }

  @Test
  void unpublishableSessionIsReportedWithItsReasonsAndNothingIsQueued() {
    Activity nameless = new Activity("a-9", " ", null, ClassPassSettings.offered(), DAY_BEFORE);
    host.add("s-1", session -> session.activity(nameless).capacity(-1));

    sync.sessionChanged("s-1");

    assertThat(problems).containsOnlyKeys("s-1");
    assertThat(problems.get("s-1")).containsExactly(
        "the class has no name (activity a-9)", "the class has a negative capacity (-1)");
    assertThat(outbox.counts().pending()).isZero();
  }

  @Test
  void sessionOfAVenueWithoutAddressIsReported() {
    host.add("s-1", session -> session.venueId("v-unknown"));

    sync.sessionChanged("s-1");

    assertThat(problems.get("s-1")).containsExactly("venue v-unknown of partner p-1 is unknown");
    assertThat(outbox.counts().pending()).isZero();
  }

  @Test
  void sessionNotOfferedToClassPassIsQueuedWithNoSpotsSoThatItStopsSelling() {
    host.add("s-1", session -> session.activity(SyncStudio.activity(
        ClassPassSettings.notOffered())));

    sync.sessionChanged("s-1");

    List<OutboxEntry> queued = take(outbox);
    assertThat(queued).hasSize(1);
    assertThat(payload(queued.get(0)).get("available_spots").asInt()).isZero();
  }

  @Test
  void problemsOfASessionNotOfferedToClassPassAreNotReported() {
    Activity closed = new Activity("a-9", null, null, ClassPassSettings.notOffered(), DAY_BEFORE);
    host.add("s-1", session -> session.activity(closed));

    sync.sessionChanged("s-1");

    assertThat(problems).isEmpty();
    assertThat(outbox.counts().pending()).isZero();
  }

  @Test
  void sessionTheHostNoLongerHasQueuesNothing() {
    sync.sessionChanged("s-gone");
    sync.classCancelled("s-gone");
    sync.reservationChanged("r-gone");

    assertThat(outbox.counts().pending()).isZero();
    assertThat(problems).isEmpty();
    assertThat(wakeUps).hasValue(0);
  }

  @Test
  void changesOfOneClassAreCoalescedToItsNewestState() {
    host.add("s-1");
    for (int i = 0; i < 3; i++) {
      clock.advance(Duration.ofSeconds(1));
      host.studio.sessions().addHostBookings("s-1", 1);
      sync.sessionChanged("s-1");
    }

    List<OutboxEntry> queued = take(outbox);
    assertThat(queued).hasSize(1);
    assertThat(payload(queued.get(0)).get("available_spots").asInt()).isEqualTo(7);
  }

  @Test
  void outboxFailureReachesTheHostAndRollsBackTheClassPassBookingItWasFor() {
    host.add("s-1");
    ScheduleSync failing = ScheduleSync.builder()
        .sessions(host.studio.sessions())
        .bookings(host.studio.bookings())
        .partners(host.studio.partners())
        .outbox(new BrokenOutbox())
        .clock(clock)
        .build();

    assertThatThrownBy(() -> failing.sessionChanged("s-1"))
        .isInstanceOf(OutboxStoreException.class);
    assertThatThrownBy(() -> host.reserve(host.bookingServices(failing.bookingListener()), "r-1", "s-1"))
        .isInstanceOf(OutboxStoreException.class);
    assertThat(host.studio.bookings().findByReservationId("r-1")).isEmpty();
  }

  @Test
  void failingProblemListenerIsLoggedAndSwallowed() {
    ScheduleSync sync = ScheduleSync.builder()
        .sessions(host.studio.sessions())
        .bookings(host.studio.bookings())
        .partners(host.studio.partners())
        .outbox(outbox)
        .problemListener((id, reasons) -> {
          throw new IllegalStateException("boom");
        })
        .build();
    host.add("s-1", session -> session.capacity(-1));

    sync.sessionChanged("s-1");

    assertThat(outbox.counts().pending()).isZero();
  }

  private static Map<String, JsonNode> byKey(List<OutboxEntry> entries) {
    return entries.stream()
        .collect(Collectors.toMap(OutboxEntry::key, SyncStudio::payload, (a, b) -> b));
  }

  /** An outbox whose database is down. */
  private static final class BrokenOutbox implements OutboxStore {
    @Override
    public boolean enqueue(OutboxEvent event) {
      throw new OutboxStoreException("Could not enqueue (database down)", null);
    }

    @Override
    public List<OutboxEntry> claim(String owner, int max, Duration lease) {
      return List.of();
    }

    @Override
    public void markSent(String owner, List<OutboxEntry> entries) {}

    @Override
    public void markFailed(String owner, List<OutboxEntry> entries, Duration retryAfter,
        String error) {}

    @Override
    public Optional<DeadLetter> deadLetter(String owner, OutboxEntry entry, String reason) {
      return Optional.empty();
    }

    @Override
    public Page<DeadLetter> deadLetters(PageRequest request) {
      return Page.of(List.of(), request);
    }

    @Override
    public OutboxCounts counts() {
      return new OutboxCounts(0, 0, null);
    }
  }
}
