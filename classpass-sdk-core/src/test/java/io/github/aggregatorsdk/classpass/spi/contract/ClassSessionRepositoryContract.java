package io.github.aggregatorsdk.classpass.spi.contract;

import static io.github.aggregatorsdk.classpass.spi.contract.Samples.T0;
import static io.github.aggregatorsdk.classpass.spi.contract.Samples.at;
import static io.github.aggregatorsdk.classpass.spi.contract.Samples.booking;
import static io.github.aggregatorsdk.classpass.spi.contract.Samples.newCustomer;
import static io.github.aggregatorsdk.classpass.spi.contract.Samples.session;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.aggregatorsdk.classpass.spi.Booking;
import io.github.aggregatorsdk.classpass.spi.BookingStatus;
import io.github.aggregatorsdk.classpass.spi.ClassPassSettings;
import io.github.aggregatorsdk.classpass.spi.ClassSession;
import io.github.aggregatorsdk.classpass.spi.ClassSessionRepository;
import io.github.aggregatorsdk.classpass.spi.Customer;
import io.github.aggregatorsdk.classpass.spi.Instructor;
import io.github.aggregatorsdk.classpass.spi.Occupancy;
import io.github.aggregatorsdk.classpass.spi.Page;
import io.github.aggregatorsdk.classpass.spi.PageRequest;
import io.github.aggregatorsdk.classpass.spi.Spot;
import io.github.aggregatorsdk.classpass.spi.StudioRoom;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link ClassSessionRepository}: sessions round-trip, occupancy counts every
 * channel and follows ClassPass bookings as they are created and cancelled, and venue listings
 * cover whole days in the venue's time zone, ordered and paged stably. Extend it in a host's tests
 * and implement {@link #createFixture()}; override {@link #venueZone()} when the host's venues
 * are in a fixed time zone.
 */
public abstract class ClassSessionRepositoryContract extends SpiContract {

  private static final LocalDate DAY = LocalDate.of(2026, 3, 10);

  private String partnerId;
  private String venueId;

  /** The venue's time zone; sessions are seeded with start and end in it. */
  protected ZoneId venueZone() {
    return ZoneId.of("America/New_York");
  }

  /** Seeds the partner and venue the sessions belong to. */
  @BeforeEach
  public void seedVenue() {
    partnerId = fixture.seedPartner(Samples.partner("p-1")).id();
    venueId = fixture.seedVenue(Samples.venue(partnerId, "v-1")).id();
  }

  private ClassSessionRepository sessions() {
    return fixture.sessions();
  }

  @Test
  public void findByIdReturnsTheSessionWithWhatTheBookingRulesNeed() {
    ClassSession seeded =
        fixture.seedSession(
            session("s-1", partnerId, venueId, at(venueZone(), DAY, 18, 30))
                .activity(
                    Samples.activity(
                        "act-limited",
                        ClassPassSettings.offered()
                            .withSpotLimit(4)
                            .withReleaseAllSpotsBeforeStart(Duration.ofMinutes(90))))
                .name("Evening flow")
                .capacity(12)
                .teachers(List.of(new Instructor("t-1", "Kim", "Park", "Kim P.", List.of(), T0)))
                .room(new StudioRoom("r-1", "Studio A", T0))
                .layout(List.of(new Spot("A1", 1, 1), new Spot("A2", 2, 1)))
                .bookableFrom(at(venueZone(), DAY.minusDays(7), 0, 0))
                .bookableUntil(at(venueZone(), DAY, 17, 30))
                .lateCancelWindow(Duration.ofHours(12))
                .build());

    ClassSession found = sessions().findById(seeded.id()).orElseThrow();

    assertThat(found.partnerId()).isEqualTo(partnerId);
    assertThat(found.venueId()).isEqualTo(venueId);
    assertThat(found.name()).isEqualTo("Evening flow");
    assertThat(found.start().toInstant()).isEqualTo(seeded.start().toInstant());
    assertThat(found.end().toInstant()).isEqualTo(seeded.end().toInstant());
    assertThat(found.capacity()).isEqualTo(12);
    assertThat(found.activity().classPass())
        .isEqualTo(
            ClassPassSettings.offered()
                .withSpotLimit(4)
                .withReleaseAllSpotsBeforeStart(Duration.ofMinutes(90)));
    assertThat(found.teachers()).extracting(Instructor::displayName).containsExactly("Kim P.");
    assertThat(found.room().name()).isEqualTo("Studio A");
    assertThat(found.layout()).extracting(Spot::label).containsExactly("A1", "A2");
    assertThat(found.bookableFrom().toInstant()).isEqualTo(seeded.bookableFrom().toInstant());
    assertThat(found.bookableUntil().toInstant()).isEqualTo(seeded.bookableUntil().toInstant());
    assertThat(found.lateCancelWindow()).isEqualTo(Duration.ofHours(12));
    assertThat(found.cancelled()).isFalse();
    assertThat(found.occupancy()).isEqualTo(Occupancy.EMPTY);
  }

  @Test
  public void findByIdOfAnUnknownSessionIsEmpty() {
    assertThat(sessions().findById("no-such-session")).isEmpty();
  }

  @Test
  public void findByIdReturnsSessionsNotOfferedToClassPassAndCancelledOnes() {
    ClassSession closed =
        fixture.seedSession(
            session("s-1", partnerId, venueId, at(venueZone(), DAY, 9, 0))
                .activity(Samples.activity("act-closed", ClassPassSettings.notOffered()))
                .cancelled(true)
                .build());

    ClassSession found = sessions().findById(closed.id()).orElseThrow();

    assertThat(found.activity().classPass().allowed()).isFalse();
    assertThat(found.cancelled()).isTrue();
  }

  @Test
  public void occupancyCountsBookingsOfEveryChannel() {
    ClassSession session = seedLayoutSession("s-1");
    fixture.seedHostBooking(session.id(), null);
    fixture.seedHostBooking(session.id(), "B2");
    Customer customer = fixture.customers().create(newCustomer("cp-1", "ana@example.com"));

    fixture.bookings().create(booking(session.id(), customer.id(), "r-1", "cp-1", "A1", T0));

    assertThat(sessions().findById(session.id()).orElseThrow().occupancy())
        .isEqualTo(new Occupancy(3, 1, Set.of("A1", "B2")));
  }

  @Test
  public void occupancyFreesTheSpotsOfCancelledBookingsOnly() {
    ClassSession session = seedLayoutSession("s-1");
    List<BookingStatus> statuses =
        List.of(
            BookingStatus.ATTENDED,
            BookingStatus.MISSED,
            BookingStatus.CANCELLED,
            BookingStatus.LATE_CANCELLED,
            BookingStatus.BOOKED);
    List<String> labels = List.of("A1", "A2", "B1", "B2", "C1");
    for (int i = 0; i < statuses.size(); i++) {
      Customer customer = fixture.customers().create(newCustomer("cp-" + i, i + "@example.com"));
      Booking booking =
          fixture.bookings()
              .create(booking(session.id(), customer.id(), "r-" + i, "cp-" + i, labels.get(i), T0));
      if (statuses.get(i) != BookingStatus.BOOKED) {
        fixture.bookings().updateStatus(booking.id(), statuses.get(i), T0.plusSeconds(60));
      }
    }

    assertThat(sessions().findById(session.id()).orElseThrow().occupancy())
        .isEqualTo(new Occupancy(3, 3, Set.of("A1", "A2", "C1")));
  }

  @Test
  public void findByVenueIncludesBothEndDaysInTheVenuesTimeZoneOrderedByStart() {
    ZoneId zone = venueZone();
    ClassSession dayBefore = seed("s-before", at(zone, DAY.minusDays(1), 23, 30));
    ClassSession lateOnLastDay = seed("s-last-late", at(zone, DAY.plusDays(2), 23, 30));
    ClassSession firstDayEarly = seed("s-first-early", at(zone, DAY, 0, 0));
    ClassSession middle = seed("s-middle", at(zone, DAY.plusDays(1), 12, 0));
    ClassSession dayAfter = seed("s-after", at(zone, DAY.plusDays(3), 0, 0));

    Page<ClassSession> page =
        sessions().findByVenue(partnerId, venueId, DAY, DAY.plusDays(2), PageRequest.first(10));

    assertThat(page.items())
        .extracting(ClassSession::id)
        .containsExactly(firstDayEarly.id(), middle.id(), lateOnLastDay.id())
        .doesNotContain(dayBefore.id(), dayAfter.id());
    assertThat(page.totalItems()).isEqualTo(3);
  }

  @Test
  public void findByVenueIncludesCancelledSessionsAndLeavesOutOtherVenues() {
    ClassSession cancelled =
        fixture.seedSession(
            session("s-cancelled", partnerId, venueId, at(venueZone(), DAY, 10, 0))
                .cancelled(true)
                .build());
    String otherVenue = fixture.seedVenue(Samples.venue(partnerId, "v-2")).id();
    fixture.seedSession(session("s-other", partnerId, otherVenue, at(venueZone(), DAY, 11, 0)).build());

    Page<ClassSession> page =
        sessions().findByVenue(partnerId, venueId, DAY, DAY, PageRequest.first(10));

    assertThat(page.items()).extracting(ClassSession::id).containsExactly(cancelled.id());
    assertThat(sessions().findByVenue(partnerId, "no-such-venue", DAY, DAY, PageRequest.first(10))
            .items())
        .isEmpty();
  }

  @Test
  public void findByVenueCarriesEachSessionsOccupancy() {
    ClassSession session = seed("s-1", at(venueZone(), DAY, 10, 0));
    fixture.seedHostBooking(session.id(), null);

    Page<ClassSession> page =
        sessions().findByVenue(partnerId, venueId, DAY, DAY, PageRequest.first(10));

    assertThat(page.items()).singleElement().extracting(ClassSession::occupancy)
        .isEqualTo(Occupancy.of(1, 0));
  }

  @Test
  public void findByVenuePagesAreStableAndComplete() {
    List<String> seeded = new ArrayList<>();
    for (int i = 0; i < 7; i++) {
      // pairs share a start, so the order must break ties consistently
      seeded.add(seed("s-" + i, at(venueZone(), DAY, 8 + i / 2, 0)).id());
    }

    List<String> firstPass = venueSessionIds(3);
    List<String> secondPass = venueSessionIds(3);

    assertThat(firstPass).hasSize(7).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(seeded);
    assertThat(secondPass).isEqualTo(firstPass);
    assertThat(venueSessionIds(7)).isEqualTo(firstPass);
    assertThat(sessions().findByVenue(partnerId, venueId, DAY, DAY, new PageRequest(4, 3)).items())
        .isEmpty();
  }

  private List<String> venueSessionIds(int pageSize) {
    List<String> ids = new ArrayList<>();
    PageRequest request = PageRequest.first(pageSize);
    Page<ClassSession> page;
    do {
      page = sessions().findByVenue(partnerId, venueId, DAY, DAY, request);
      page.items().forEach(session -> ids.add(session.id()));
      request = request.next();
    } while (page.hasNext());
    return ids;
  }

  private ClassSession seed(String id, ZonedDateTime start) {
    return fixture.seedSession(session(id, partnerId, venueId, start).build());
  }

  @Test
  public void aReadAfterABookingWriteIsTheReadBeforeWithTheWriteApplied() {
    // The SDK builds a class's update from its read under the session lock with its own booking
    // applied, unless the repository says its occupancy does not follow booking writes.
    assumeTrue(sessions().occupancyFollowsBookingWrites(),
        "the repository says its occupancy does not follow booking writes");
    ClassSession session = seedLayoutSession("s-1");
    fixture.seedHostBooking(session.id(), "B2");
    Customer customer = fixture.customers().create(newCustomer("cp-1", "ana@example.com"));
    Instant booked = T0.plus(Duration.ofDays(30));
    Instant cancelled = booked.plus(Duration.ofMinutes(5));

    List<Object> made = fixture.transactions().inSessionTransaction(session.id(), () -> {
      ClassSession before = sessions().findById(session.id()).orElseThrow();
      Booking created = fixture.bookings()
          .create(booking(session.id(), customer.id(), "r-1", "cp-1", "A1", booked));
      return List.of(before, created, sessions().findById(session.id()).orElseThrow());
    });
    ClassSession beforeCreate = (ClassSession) made.get(0);
    Booking created = (Booking) made.get(1);
    assertThat(made.get(2)).isEqualTo(applied(beforeCreate,
        new Occupancy(2, 1, Set.of("A1", "B2")), created.lastUpdated()));

    List<Object> freed = fixture.transactions().inSessionTransaction(session.id(), () -> {
      ClassSession before = sessions().findById(session.id()).orElseThrow();
      Booking changed =
          fixture.bookings().updateStatus(created.id(), BookingStatus.CANCELLED, cancelled);
      return List.of(before, changed, sessions().findById(session.id()).orElseThrow());
    });
    ClassSession beforeCancel = (ClassSession) freed.get(0);
    assertThat(beforeCancel.occupancy()).isEqualTo(new Occupancy(2, 1, Set.of("A1", "B2")));
    assertThat(freed.get(2)).isEqualTo(applied(beforeCancel,
        new Occupancy(1, 0, Set.of("B2")), ((Booking) freed.get(1)).lastUpdated()));
  }

  /** The session with another occupancy, changed no earlier than {@code changedAt}. */
  private static ClassSession applied(ClassSession read, Occupancy occupancy, Instant changedAt) {
    Instant lastUpdated = changedAt.isAfter(read.lastUpdated()) ? changedAt : read.lastUpdated();
    return read.toBuilder().occupancy(occupancy).lastUpdated(lastUpdated).build();
  }

  private ClassSession seedLayoutSession(String id) {
    return fixture.seedSession(
        session(id, partnerId, venueId, at(venueZone(), DAY, 10, 0))
            .layout(
                List.of(
                    new Spot("A1", 1, 1),
                    new Spot("A2", 2, 1),
                    new Spot("B1", 1, 2),
                    new Spot("B2", 2, 2),
                    new Spot("C1", 1, 3)))
            .build());
  }
}
