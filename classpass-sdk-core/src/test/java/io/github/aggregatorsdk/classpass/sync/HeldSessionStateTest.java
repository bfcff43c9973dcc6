package io.github.aggregatorsdk.classpass.sync;

import static io.github.aggregatorsdk.classpass.sync.SyncStudio.DAY_BEFORE;
import static io.github.aggregatorsdk.classpass.sync.SyncStudio.PARTNER;
import static io.github.aggregatorsdk.classpass.sync.SyncStudio.START;
import static io.github.aggregatorsdk.classpass.sync.SyncStudio.VENUE;
import static io.github.aggregatorsdk.classpass.sync.SyncStudio.payload;
import static io.github.aggregatorsdk.classpass.sync.SyncStudio.take;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.aggregatorsdk.classpass.ClassPassIntegration;
import io.github.aggregatorsdk.classpass.booking.BookingEventListener;
import io.github.aggregatorsdk.classpass.booking.BookingServices;
import io.github.aggregatorsdk.classpass.booking.CancellationCommand;
import io.github.aggregatorsdk.classpass.booking.CancellationOutcome;
import io.github.aggregatorsdk.classpass.booking.Refusal;
import io.github.aggregatorsdk.classpass.booking.ReservationCommand;
import io.github.aggregatorsdk.classpass.booking.ReservationOutcome;
import io.github.aggregatorsdk.classpass.booking.ReservationState;
import io.github.aggregatorsdk.classpass.client.ClassPassClient;
import io.github.aggregatorsdk.classpass.customer.ClassPassMember;
import io.github.aggregatorsdk.classpass.outbox.InMemoryOutboxStore;
import io.github.aggregatorsdk.classpass.outbox.MutableClock;
import io.github.aggregatorsdk.classpass.outbox.OutboxEntry;
import io.github.aggregatorsdk.classpass.spi.ClassPassSettings;
import io.github.aggregatorsdk.classpass.spi.ClassSession;
import io.github.aggregatorsdk.classpass.spi.ClassSessionRepository;
import io.github.aggregatorsdk.classpass.spi.Occupancy;
import io.github.aggregatorsdk.classpass.spi.Page;
import io.github.aggregatorsdk.classpass.spi.PageRequest;
import io.github.aggregatorsdk.classpass.spi.PartnerDirectory;
import io.github.aggregatorsdk.classpass.spi.PartnerProfile;
import io.github.aggregatorsdk.classpass.spi.Spot;
import io.github.aggregatorsdk.classpass.spi.VenueProfile;
import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * Issue 18 (P7): the class's update after a ClassPass reservation or cancellation is built from
 * the session the booking service read under the session's lock, with the booking applied, not
 * from a second read. These tests hold that state against a fresh read made at the same point of
 * the same transaction, and count the reads.
 */
class HeldSessionStateTest {

  private final MutableClock clock = new MutableClock(DAY_BEFORE);
  private final SyncStudio host = new SyncStudio(clock);

  // ---- the held state is what a fresh read returns ----

  @Test
  void aReservationPassesTheStateAFreshReadReturnsAndQueuesTheSameUpdate() {
    host.add("s-1", b -> b.capacity(10));
    host.studio.sessions().addHostBookings("s-1", 3);
    Comparing comparing = new Comparing(host.studio.sessions());
    clock.advance(Duration.ofMinutes(1)); // the booking changes the class's lastUpdated

    reserve(comparing.services, "r-1", "s-1", null);
    reserve(comparing.services, "r-2", "s-1", null);

    comparing.assertHeldEqualsFresh(2);
    assertThat(comparing.held.get(1).occupancy()).isEqualTo(Occupancy.of(5, 2));
  }

  @Test
  void aClassPassLimitCountsTheBookingInBothCounts() {
    // With a limit of 2 the availability depends on bookedByClassPass: a booking counted only in
    // booked would still offer 1 spot after the second ClassPass booking.
    host.add("s-1", b -> b.capacity(10)
        .activity(SyncStudio.activity(ClassPassSettings.offered().withSpotLimit(2))));
    host.studio.sessions().addHostBookings("s-1", 1);
    Comparing comparing = new Comparing(host.studio.sessions());
    clock.advance(Duration.ofMinutes(1)); // the booking changes the class's lastUpdated

    reserve(comparing.services, "r-1", "s-1", null);
    reserve(comparing.services, "r-2", "s-1", null);

    comparing.assertHeldEqualsFresh(2);
    assertThat(comparing.heldPayloads.get(1).get("available_spots").asInt()).isZero();
  }

  @Test
  void spotLabelledReservationsTakeTheRequestedOrTheFirstFreeSpot() {
    host.add("s-1", b -> b.capacity(4).layout(layout("A1", "A2", "B1", "B2")));
    host.studio.sessions().addHostBooking("s-1", "A1");
    Comparing comparing = new Comparing(host.studio.sessions());
    clock.advance(Duration.ofMinutes(1)); // the booking changes the class's lastUpdated

    reserve(comparing.services, "r-1", "s-1", "B2");
    reserve(comparing.services, "r-2", "s-1", null);

    comparing.assertHeldEqualsFresh(2);
    assertThat(comparing.held.get(1).occupancy().takenSpotLabels())
        .containsExactlyInAnyOrder("A1", "A2", "B2");
    assertThat(comparing.heldPayloads.get(1).get("available_spot_labels"))
        .extracting(JsonNode::asText).containsExactly("B1");
  }

  @Test
  void cancellationsFreeTheSpotAndItsLabelInTheStatePassed() {
    host.add("s-1", b -> b.capacity(4).layout(layout("A1", "A2", "B1", "B2")));
    host.add("s-2", b -> b.capacity(10));
    host.studio.sessions().addHostBookings("s-2", 2);
    BookingServices plain = host.bookingServices(BookingEventListener.none());
    reserve(plain, "r-1", "s-1", "B1");
    reserve(plain, "r-2", "s-1", null);
    reserve(plain, "r-3", "s-2", null);
    Comparing comparing = new Comparing(host.studio.sessions());
    clock.advance(Duration.ofMinutes(5));

    cancel(comparing.services, "r-1");
    cancel(comparing.services, "r-3");
    clock.set(START.minusHours(1).toInstant()); // inside the late-cancel window
    cancel(comparing.services, "r-2");

    comparing.assertHeldEqualsFresh(3);
    assertThat(comparing.held.get(0).occupancy().takenSpotLabels()).containsExactly("A1");
    assertThat(comparing.held.get(1).occupancy()).isEqualTo(Occupancy.of(2, 0));
    assertThat(comparing.held.get(2).occupancy()).isEqualTo(Occupancy.EMPTY);
    assertThat(comparing.heldPayloads.get(2).get("available_spot_labels"))
        .extracting(JsonNode::asText).containsExactly("A1", "A2", "B1", "B2");
  }

  @Test
  void aCancellationInACancelledClassAndARepeatedOnePassTheStateAFreshReadReturns() {
    host.add("s-1");
    BookingServices plain = host.bookingServices(BookingEventListener.none());
    reserve(plain, "r-1", "s-1", null);
    reserve(plain, "r-2", "s-1", null);
    cancel(plain, "r-2");
    clock.advance(Duration.ofMinutes(5));
    host.add("s-1", b -> b.cancelled(true).lastUpdated(clock.instant()));
    clock.advance(Duration.ofMinutes(5));
    Comparing comparing = new Comparing(host.studio.sessions());

    cancel(comparing.services, "r-1");
    cancel(comparing.services, "r-2");

    comparing.assertHeldEqualsFresh(2);
    assertThat(comparing.held.get(0).occupancy()).isEqualTo(Occupancy.EMPTY);
  }

  @Test
  void aRefusedReservationQueuesNothingAndReadsTheClassOnce() {
    host.add("s-1", b -> b.capacity(1));
    host.studio.sessions().addHostBookings("s-1", 1);
    Comparing comparing = new Comparing(host.studio.sessions());
    Counting counting = new Counting(host.studio.sessions(), host.studio.partners());
    BookingServices services = servicesOver(counting, comparing.listener());

    ReservationOutcome outcome = services.reservations().reserve(command("r-1", "s-1", null));

    assertThat(outcome).isInstanceOf(Refusal.class);
    assertThat(counting.findById).hasValue(1);
    assertThat(comparing.held).isEmpty();
    assertThat(comparing.readById).isEmpty();
    assertThat(take(comparing.outbox)).isEmpty();
  }

  // ---- no second read of the class in the reservation's transaction ----

  @Test
  void aReservationReadsTheClassOnceUnderItsLockAndTheVenueOnce() {
    host.add("s-1");
    Counting counting = new Counting(host.studio.sessions(), host.studio.partners());
    InMemoryOutboxStore outbox = new InMemoryOutboxStore(clock);
    ScheduleSync sync = syncOver(counting, outbox);
    BookingServices services = servicesOver(counting, sync.bookingListener());

    reserve(services, "r-1", "s-1", null);

    assertThat(counting.findById).as("class reads").hasValue(1);
    assertThat(counting.findVenue).as("venue reads").hasValue(1);
    List<OutboxEntry> queued = take(outbox);
    assertThat(queued).extracting(OutboxEntry::key).containsExactly("schedule:s-1");
    assertThat(payload(queued.get(0)).get("available_spots").asInt()).isEqualTo(9);
  }

  @Test
  void aCancellationReadsTheClassOnce() {
    host.add("s-1");
    reserve(host.bookingServices(BookingEventListener.none()), "r-1", "s-1", null);
    Counting counting = new Counting(host.studio.sessions(), host.studio.partners());
    InMemoryOutboxStore outbox = new InMemoryOutboxStore(clock);
    BookingServices services = servicesOver(counting, syncOver(counting, outbox).bookingListener());

    cancel(services, "r-1");

    assertThat(counting.findById).as("class reads").hasValue(1);
    assertThat(take(outbox)).extracting(entry -> payload(entry).path("available_spots").asInt(-1))
        .contains(10);
  }

  @Test
  void theIntegrationPassesTheHeldStateToTheSyncAndToTheHostsListener() {
    host.add("s-1");
    Counting counting = new Counting(host.studio.sessions(), host.studio.partners());
    List<String> heard = new CopyOnWriteArrayList<>();
    ClassPassIntegration integration = ClassPassIntegration.builder()
        .client(ClassPassClient.builder().baseUrl(URI.create("http://127.0.0.1:9"))
            .accessToken("access-1").build())
        .customers(host.studio.customers()).sessions(counting).bookings(host.studio.bookings())
        .transactions(host.studio.transactions()).partners(counting)
        .outbox(new InMemoryOutboxStore(clock)).clock(clock)
        .bookingListener(new BookingEventListener() {
          @Override
          public void sessionChanged(String sessionId) {
            heard.add("id " + sessionId);
          }
        })
        .build();
    try {
      reserve(integration.booking(), "r-1", "s-1", null);

      assertThat(counting.findById).as("class reads").hasValue(1);
      assertThat(heard).containsExactly("id s-1"); // the default hands a host listener the id
      assertThat(integration.outbox().counts().pending()).isEqualTo(1);
    } finally {
      integration.close();
    }
  }

  // ---- when the held state cannot be trusted, the class is read again ----

  @Test
  void aRepositoryWhoseOccupancyDoesNotFollowBookingWritesIsReadAgain() {
    // A studio whose cancellation promotes a waitlisted customer into the freed spot: the freed
    // spot is taken again at once. Deriving the state would offer a spot that is not free.
    host.add("s-1", b -> b.capacity(2));
    host.studio.sessions().addHostBookings("s-1", 1);
    reserve(host.bookingServices(BookingEventListener.none()), "r-1", "s-1", null);
    Comparing comparing = new Comparing(new Promoting(host));

    cancel(comparing.services, "r-1");

    assertThat(comparing.held).isEmpty();
    assertThat(comparing.readById).containsExactly("s-1");
    assertThat(comparing.freshPayloads.get(0).get("available_spots").asInt()).isZero();
  }

  @Test
  void aWriteThatDoesNotFitTheStateReadIsFollowedByARead() {
    // A repository that counts ClassPass bookings as the studio's own: bookedByClassPass stays 0,
    // so a cancellation cannot take one off it and the class is read again.
    host.add("s-1");
    reserve(host.bookingServices(BookingEventListener.none()), "r-1", "s-1", null);
    ClassSessionRepository ownCounts = new Rewriting(host.studio.sessions(),
        s -> s.toBuilder().occupancy(Occupancy.of(s.occupancy().booked(), 0)).build());
    Comparing comparing = new Comparing(ownCounts);

    cancel(comparing.services, "r-1");

    assertThat(comparing.held).isEmpty();
    assertThat(comparing.readById).containsExactly("s-1");
    assertThat(comparing.freshPayloads.get(0).get("available_spots").asInt()).isEqualTo(10);
  }

  // ---- helpers ----

  private static List<Spot> layout(String... labels) {
    List<Spot> spots = new ArrayList<>();
    for (int i = 0; i < labels.length; i++) {
      spots.add(new Spot(labels[i], i, 0));
    }
    return spots;
  }

  private static ReservationCommand command(String reservationId, String sessionId, String spot) {
    return new ReservationCommand(reservationId, PARTNER, VENUE, sessionId, spot,
        new ClassPassMember("cp-" + reservationId, "Ana", "Lima", null, null, null, null));
  }

  private static void reserve(
      BookingServices services, String reservationId, String sessionId, String spot) {
    ReservationOutcome outcome =
        services.reservations().reserve(command(reservationId, sessionId, spot));
    assertThat(outcome).isInstanceOf(ReservationOutcome.Reserved.class);
  }

  private static void cancel(BookingServices services, String reservationId) {
    CancellationOutcome outcome = services.cancellations()
        .cancel(new CancellationCommand(reservationId, PARTNER, null));
    assertThat(outcome).isInstanceOf(CancellationOutcome.Cancelled.class);
  }

  private BookingServices servicesOver(ClassSessionRepository sessions,
      BookingEventListener listener) {
    return BookingServices.builder()
        .customers(host.studio.customers())
        .sessions(sessions)
        .bookings(host.studio.bookings())
        .transactions(host.studio.transactions())
        .listener(listener)
        .clock(clock)
        .build();
  }

  private ScheduleSync syncOver(Counting counting, InMemoryOutboxStore outbox) {
    return ScheduleSync.builder()
        .sessions(counting)
        .bookings(host.studio.bookings())
        .partners(counting)
        .outbox(outbox)
        .clock(clock)
        .build();
  }

  /**
   * Booking services whose listener, at the moment the sync is told, also reads the class afresh
   * in the same transaction and queues the update built from that read into a second outbox.
   */
  private final class Comparing {

    final ClassSessionRepository sessions;
    final InMemoryOutboxStore outbox = new InMemoryOutboxStore(clock);
    final InMemoryOutboxStore freshOutbox = new InMemoryOutboxStore(clock);
    final ScheduleSync sync;
    final ScheduleSync freshSync;
    final List<ClassSession> held = new ArrayList<>();
    final List<ClassSession> fresh = new ArrayList<>();
    final List<String> readById = new ArrayList<>();
    final List<JsonNode> heldPayloads = new ArrayList<>();
    final List<JsonNode> freshPayloads = new ArrayList<>();
    final BookingServices services;

    Comparing(ClassSessionRepository sessions) {
      this.sessions = sessions;
      this.sync = ScheduleSync.builder().sessions(sessions).bookings(host.studio.bookings())
          .partners(host.studio.partners()).outbox(outbox).clock(clock).build();
      this.freshSync = ScheduleSync.builder().sessions(sessions).bookings(host.studio.bookings())
          .partners(host.studio.partners()).outbox(freshOutbox).clock(clock).build();
      this.services = servicesOver(sessions, listener());
    }

    BookingEventListener listener() {
      BookingEventListener toSync = sync.bookingListener();
      return new BookingEventListener() {
        @Override
        public void sessionChanged(ClassSession current) {
          held.add(current);
          fresh.add(sessions.findById(current.id()).orElseThrow());
          toSync.sessionChanged(current);
          freshSync.sessionChanged(current.id());
          heldPayloads.add(schedule(outbox));
          freshPayloads.add(schedule(freshOutbox));
        }

        @Override
        public void sessionChanged(String sessionId) {
          readById.add(sessionId);
          toSync.sessionChanged(sessionId);
          freshSync.sessionChanged(sessionId);
          heldPayloads.add(schedule(outbox));
          freshPayloads.add(schedule(freshOutbox));
        }

        @Override
        public void reservationStatusChanged(ReservationState state) {
          toSync.reservationStatusChanged(state);
        }
      };
    }

    void assertHeldEqualsFresh(int changes) {
      assertThat(readById).as("changes passed only by id").isEmpty();
      assertThat(held).as("changes passed with their state").hasSize(changes);
      assertThat(held).isEqualTo(fresh);
      assertThat(heldPayloads).hasSize(changes).isEqualTo(freshPayloads);
    }

    private JsonNode schedule(InMemoryOutboxStore store) {
      List<OutboxEntry> schedules = take(store).stream()
          .filter(entry -> entry.key().startsWith("schedule:")).toList();
      assertThat(schedules).hasSize(1);
      return payload(schedules.get(0));
    }
  }

  /** Counts the class and venue reads, delegating to the studio's repositories. */
  private static final class Counting implements ClassSessionRepository, PartnerDirectory {

    final AtomicInteger findById = new AtomicInteger();
    final AtomicInteger findVenue = new AtomicInteger();
    private final ClassSessionRepository sessions;
    private final PartnerDirectory partners;

    Counting(ClassSessionRepository sessions, PartnerDirectory partners) {
      this.sessions = sessions;
      this.partners = partners;
    }

    @Override
    public Optional<ClassSession> findById(String sessionId) {
      findById.incrementAndGet();
      return sessions.findById(sessionId);
    }

    @Override
    public Page<ClassSession> findByVenue(
        String partnerId, String venueId, LocalDate from, LocalDate to, PageRequest page) {
      return sessions.findByVenue(partnerId, venueId, from, to, page);
    }

    @Override
    public boolean occupancyFollowsBookingWrites() {
      return sessions.occupancyFollowsBookingWrites();
    }

    @Override
    public Page<PartnerProfile> partners(PageRequest page) {
      return partners.partners(page);
    }

    @Override
    public Optional<PartnerProfile> findPartner(String partnerId) {
      return partners.findPartner(partnerId);
    }

    @Override
    public Page<VenueProfile> venues(String partnerId, PageRequest page) {
      return partners.venues(partnerId, page);
    }

    @Override
    public Optional<VenueProfile> findVenue(String partnerId, String venueId) {
      findVenue.incrementAndGet();
      return partners.findVenue(partnerId, venueId);
    }
  }

  /** The studio's sessions, each read changed by a function. */
  private static class Rewriting implements ClassSessionRepository {

    private final ClassSessionRepository sessions;
    private final UnaryOperator<ClassSession> change;

    Rewriting(ClassSessionRepository sessions, UnaryOperator<ClassSession> change) {
      this.sessions = sessions;
      this.change = change;
    }

    @Override
    public Optional<ClassSession> findById(String sessionId) {
      return sessions.findById(sessionId).map(change);
    }

    @Override
    public Page<ClassSession> findByVenue(
        String partnerId, String venueId, LocalDate from, LocalDate to, PageRequest page) {
      Page<ClassSession> found = sessions.findByVenue(partnerId, venueId, from, to, page);
      return new Page<>(found.items().stream().map(change).toList(), found.totalItems(), page);
    }
  }

  /**
   * A studio with a waitlist: every cancelled ClassPass booking's spot is taken by a waitlisted
   * customer, so it never frees a spot. It says so.
   */
  private static final class Promoting extends Rewriting {

    Promoting(SyncStudio host) {
      super(host.studio.sessions(), session -> {
        long promoted = host.studio.bookings().findClassPassBookings(session.id()).stream()
            .filter(booking -> !booking.status().holdsSpot()).count();
        Occupancy occupancy = session.occupancy();
        return session.toBuilder().occupancy(new Occupancy(
            occupancy.booked() + (int) promoted, occupancy.bookedByClassPass(),
            occupancy.takenSpotLabels())).build();
      });
    }

    @Override
    public boolean occupancyFollowsBookingWrites() {
      return false;
    }
  }
}
