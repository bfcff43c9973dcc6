package io.github.aggregatorsdk.classpass.example.studio.demo;

import io.github.aggregatorsdk.classpass.example.studio.Address;
import io.github.aggregatorsdk.classpass.example.studio.bookings.BookingEntity;
import io.github.aggregatorsdk.classpass.example.studio.bookings.Bookings;
import io.github.aggregatorsdk.classpass.example.studio.bookings.Channel;
import io.github.aggregatorsdk.classpass.example.studio.customers.CustomerEntity;
import io.github.aggregatorsdk.classpass.example.studio.customers.Customers;
import io.github.aggregatorsdk.classpass.example.studio.schedule.Activities;
import io.github.aggregatorsdk.classpass.example.studio.schedule.ActivityEntity;
import io.github.aggregatorsdk.classpass.example.studio.schedule.AggregatorSettings;
import io.github.aggregatorsdk.classpass.example.studio.schedule.ClassSessionEntity;
import io.github.aggregatorsdk.classpass.example.studio.schedule.ClassSessions;
import io.github.aggregatorsdk.classpass.example.studio.schedule.LayoutSpot;
import io.github.aggregatorsdk.classpass.example.studio.schedule.RoomEntity;
import io.github.aggregatorsdk.classpass.example.studio.schedule.Rooms;
import io.github.aggregatorsdk.classpass.example.studio.schedule.TeacherEntity;
import io.github.aggregatorsdk.classpass.example.studio.schedule.Teachers;
import io.github.aggregatorsdk.classpass.example.studio.studio.PartnerEntity;
import io.github.aggregatorsdk.classpass.example.studio.studio.Partners;
import io.github.aggregatorsdk.classpass.example.studio.studio.VenueEntity;
import io.github.aggregatorsdk.classpass.example.studio.studio.Venues;
import io.github.aggregatorsdk.classpass.spring.VenueChangedEvent;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Seeds an empty database with one studio, its classes for the next two weeks (dates relative to
 * today) and a few customers, so that the app has something to sell on ClassPass right away:
 *
 * <ul>
 *   <li>"Vinyasa Flow", open to ClassPass with at most 3 ClassPass spots per class and a 12-hour
 *       late-cancel window: 8 classes, one with a layout of 8 mats, one nearly full from front-desk
 *       and online bookings;
 *   <li>"Members' Yin", not open to ClassPass: 2 classes;
 *   <li>6 customers, of whom Maya Chen already carries ClassPass ID {@value #LINKED_CLASSPASS_ID}.
 * </ul>
 *
 * <p>On a fresh database the studio and its venue get id 1 and the classes ids 1 to 10 in start
 * order; the log line written at start names them. Nothing is seeded when the database already
 * holds a studio; {@code studio.demo.seed=false} turns seeding off.
 *
 * <p>For load tests ({@code benchmarks/p3-studio-app.sh}), {@code studio.demo.load-test-classes=N}
 * (0, off, by default) adds a second venue of the studio, "Load-Test Hall", with N "Open Floor"
 * classes open to ClassPass without a ClassPass limit, of {@code studio.demo.load-test-capacity}
 * spots each (250), so that ClassPass reservations book instead of finding the demo's 22 ClassPass
 * spots taken. They start tomorrow, 14 a day on the hour from 07:00, and are logged as {@code
 * Load-test venue <id>: …}. The demo venue and its classes stay as they are.
 */
@Component
@Order(0) // before anything that plays the demo against this data
@ConditionalOnProperty(name = "studio.demo.seed", havingValue = "true", matchIfMissing = true)
class DemoData implements ApplicationRunner {

  /** The ClassPass user id the demo's already-linked customer carries. */
  static final String LINKED_CLASSPASS_ID = "cp-user-1001";

  static final ZoneId ZONE = ZoneId.of("America/New_York");

  private static final Logger LOG = LoggerFactory.getLogger(DemoData.class);
  private static final int LATE_CANCEL_MINUTES = 12 * 60;

  /** The most load-test classes: 14 a day fit in the 90 days a load generator reads ahead. */
  static final int MAX_LOAD_TEST_CLASSES = 1_000;

  private static final int LOAD_TEST_CLASSES_PER_DAY = 14;

  private final Partners partners;
  private final Venues venues;
  private final Activities activities;
  private final Rooms rooms;
  private final Teachers teachers;
  private final ClassSessions sessions;
  private final Customers customers;
  private final Bookings bookings;
  private final ApplicationEventPublisher events;
  private final Clock clock;
  private final int loadTestClasses;
  private final int loadTestCapacity;

  DemoData(
      Partners partners,
      Venues venues,
      Activities activities,
      Rooms rooms,
      Teachers teachers,
      ClassSessions sessions,
      Customers customers,
      Bookings bookings,
      ApplicationEventPublisher events,
      Clock clock,
      @Value("${studio.demo.load-test-classes:0}") int loadTestClasses,
      @Value("${studio.demo.load-test-capacity:250}") int loadTestCapacity) {
    if (loadTestClasses < 0 || loadTestClasses > MAX_LOAD_TEST_CLASSES) {
      throw new IllegalArgumentException(
          "studio.demo.load-test-classes must be between 0 and " + MAX_LOAD_TEST_CLASSES);
    }
    if (loadTestCapacity < 1) {
      throw new IllegalArgumentException("studio.demo.load-test-capacity must be at least 1");
    }
    this.partners = partners;
    this.venues = venues;
    this.activities = activities;
    this.rooms = rooms;
    this.teachers = teachers;
    this.sessions = sessions;
    this.customers = customers;
    this.bookings = bookings;
    this.events = events;
    this.clock = clock;
    this.loadTestClasses = loadTestClasses;
    this.loadTestCapacity = loadTestCapacity;
  }

  @Override
  @Transactional
  public void run(ApplicationArguments args) {
    if (partners.count() > 0) {
      LOG.info("Demo data skipped: the database already holds a studio");
      return;
    }
    Instant now = clock.instant();
    LocalDate today = LocalDate.now(clock.withZone(ZONE));
    VenueEntity venue = seedStudio(now);
    registerWithClassPass(venue);
    Highlights classes = seedSchedule(new Schedule(venue, today, now), now);
    seedCustomersAndBookings(classes, now);
    LOG.info(
        "Demo data: studio '{}' (partner {}, venue {}), classes {} to {} from {} to {}, {}"
            + " customers (customer {} carries ClassPass ID {})",
        venue.getPartner().getName(),
        venue.getPartner().getId(),
        venue.getId(),
        classes.first().getId(),
        classes.last().getId(),
        today.plusDays(1),
        today.plusDays(12),
        customers.count(),
        customers.findByClassPassId(LINKED_CLASSPASS_ID).orElseThrow().getId(),
        LINKED_CLASSPASS_ID);
    if (loadTestClasses > 0) {
      seedLoadTestVenue(venue.getPartner(), today, now);
    }
  }

  /**
   * A new venue reaches ClassPass as any host's does: the starter registers every venue at start,
   * but the demo data comes after that, so it says so itself, in its transaction.
   */
  private void registerWithClassPass(VenueEntity venue) {
    events.publishEvent(new VenueChangedEvent(
        String.valueOf(venue.getPartner().getId()), String.valueOf(venue.getId())));
  }

  /** The load-test venue and its classes (see the class comment). */
  private void seedLoadTestVenue(PartnerEntity studio, LocalDate today, Instant now) {
    VenueEntity hall =
        venues.save(
            new VenueEntity(studio, "Harbor Light Load-Test Hall", ZONE, now)
                .describe(
                    "A venue for load tests only: classes that take every ClassPass request.",
                    new Address("130 Water Street", null, "New York", "NY", "10038", "US"),
                    "+1 212-555-0199",
                    "load-test@harborlight-yoga.example",
                    "https://harborlight-yoga.example")
                .locate(40.7066, -74.0051));
    ActivityEntity open =
        activities.save(
            new ActivityEntity(
                "Open Floor",
                "Drop in and move; room for everyone.",
                new AggregatorSettings(true, null, null),
                now));
    RoomEntity floor = rooms.save(new RoomEntity("Hall", now));
    TeacherEntity teacher = teachers.save(new TeacherEntity("Ari", "Lund", "Ari L.", now));
    registerWithClassPass(hall);
    Schedule schedule = new Schedule(hall, today, now);
    ClassSessionEntity first = null;
    ClassSessionEntity last = null;
    for (int i = 0; i < loadTestClasses; i++) {
      String time = LocalTime.of(7 + i % LOAD_TEST_CLASSES_PER_DAY, 0).toString();
      last =
          schedule.add(
              open, 1 + i / LOAD_TEST_CLASSES_PER_DAY, time, loadTestCapacity, floor, teacher);
      first = first == null ? last : first;
    }
    LOG.info(
        "Load-test venue {}: {} classes ({} to {}) of {} spots, open to ClassPass without a"
            + " ClassPass limit",
        hall.getId(),
        loadTestClasses,
        first.getId(),
        last.getId(),
        loadTestCapacity);
  }

  private VenueEntity seedStudio(Instant now) {
    PartnerEntity studio =
        partners.save(
            new PartnerEntity(
                "Harbor Light Yoga",
                "A neighbourhood yoga studio by the water: flow classes morning and evening.",
                now));
    return venues.save(
        new VenueEntity(studio, "Harbor Light Yoga Seaport", ZONE, now)
            .describe(
                "Two bright rooms on the third floor, mats and props provided.",
                new Address("120 Water Street", "Floor 3", "New York", "NY", "10038", "US"),
                "+1 212-555-0142",
                "seaport@harborlight-yoga.example",
                "https://harborlight-yoga.example")
            .locate(40.7063, -74.0048));
  }

  private Highlights seedSchedule(Schedule schedule, Instant now) {
    ActivityEntity flow =
        activities.save(
            new ActivityEntity(
                "Vinyasa Flow",
                "Breath-led flowing sequences for all levels.",
                // at most 3 ClassPass spots per class; every free spot goes to ClassPass an hour
                // before start
                new AggregatorSettings(true, 3, 60),
                now));
    ActivityEntity yin =
        activities.save(
            new ActivityEntity(
                "Members' Yin",
                "Slow, long-held floor poses; for members only.",
                AggregatorSettings.notOffered(),
                now));
    RoomEntity main = rooms.save(new RoomEntity("Main Studio", now));
    RoomEntity loft = rooms.save(new RoomEntity("Loft", now));
    TeacherEntity kim = teachers.save(new TeacherEntity("Kim", "Park", "Kim P.", now));
    TeacherEntity luis = teachers.save(new TeacherEntity("Luis", "Ortega", "Luis O.", now));

    ClassSessionEntity first = schedule.add(flow, 1, "07:00", 20, main, kim);
    schedule.add(flow, 1, "18:30", 20, main, luis);
    ClassSessionEntity withMats = schedule.add(flow, 2, "18:30", 8, loft, kim);
    withMats.getSpots().addAll(LayoutSpot.grid("M", 4, 2)); // mats M1 to M8 in two rows
    ClassSessionEntity membersOnly = schedule.add(yin, 3, "19:30", 12, loft, kim);
    schedule.add(flow, 4, "07:00", 20, main, luis);
    ClassSessionEntity nearlyFull = schedule.add(flow, 5, "18:30", 6, loft, kim);
    schedule.add(flow, 7, "09:00", 20, main, luis);
    schedule.add(flow, 9, "18:30", 20, main, kim);
    schedule.add(yin, 10, "19:30", 12, loft, kim);
    ClassSessionEntity last = schedule.add(flow, 12, "07:00", 20, main, luis);
    return new Highlights(first, withMats, membersOnly, nearlyFull, last);
  }

  private void seedCustomersAndBookings(Highlights classes, Instant now) {
    CustomerEntity maya =
        customer("Maya", "Chen", "maya.chen@example.com", "+1 212-555-0101", "1991-05-14");
    maya.setClassPassId(LINKED_CLASSPASS_ID); // typed in by staff from her ClassPass profile
    CustomerEntity jonas =
        customer("Jonas", "Weber", "jonas.weber@example.com", "+1 212-555-0102", null);
    CustomerEntity priya =
        customer("Priya", "Natarajan", "priya.n@example.com", "+1 212-555-0103", "1988-11-02");
    CustomerEntity tom = customer("Tom", "Okafor", "tom.okafor@example.com", null, null);
    CustomerEntity lea = customer("Lea", "Moreau", "lea.moreau@example.com", null, "1995-02-27");
    CustomerEntity sam = customer("Sam", "Rivera", "sam.rivera@example.com", null, null);

    Instant yesterday = now.minus(Duration.ofDays(1));
    // 5 of 6 spots taken: one left, whatever ClassPass's own limit says
    book(classes.nearlyFull(), jonas, Channel.FRONT_DESK, "10-class card", true, null, yesterday);
    book(classes.nearlyFull(), priya, Channel.ONLINE, "Drop-in", true, null, yesterday);
    book(classes.nearlyFull(), tom, Channel.FRONT_DESK, "Drop-in", false, null, yesterday);
    book(classes.nearlyFull(), lea, Channel.ONLINE, "10-class card", true, null, now);
    book(classes.nearlyFull(), sam, Channel.FRONT_DESK, "Drop-in", true, null, now);
    book(classes.withMats(), priya, Channel.ONLINE, "Drop-in", true, "M1", yesterday);
    book(classes.withMats(), tom, Channel.FRONT_DESK, "10-class card", true, "M2", now);
    book(classes.membersOnly(), jonas, Channel.FRONT_DESK, "Membership", true, null, yesterday);
    book(classes.membersOnly(), maya, Channel.ONLINE, "Membership", true, null, now);
    book(classes.first(), lea, Channel.ONLINE, "Drop-in", true, null, now);
  }

  private CustomerEntity customer(
      String firstName, String lastName, String email, String phone, String birthday) {
    return customers.save(
        new CustomerEntity(
            firstName,
            lastName,
            email,
            phone,
            birthday == null ? null : LocalDate.parse(birthday),
            null));
  }

  private void book(
      ClassSessionEntity session,
      CustomerEntity customer,
      Channel channel,
      String product,
      boolean paid,
      String spot,
      Instant at) {
    bookings.save(BookingEntity.direct(session, customer, channel, product, paid, spot, at));
  }

  /** The classes the bookings go into, and the first and last one. */
  private record Highlights(
      ClassSessionEntity first,
      ClassSessionEntity withMats,
      ClassSessionEntity membersOnly,
      ClassSessionEntity nearlyFull,
      ClassSessionEntity last) {}

  /** Adds classes at the venue, on days counted from today. */
  private final class Schedule {
    private final VenueEntity venue;
    private final LocalDate today;
    private final Instant now;

    Schedule(VenueEntity venue, LocalDate today, Instant now) {
      this.venue = venue;
      this.today = today;
      this.now = now;
    }

    /** A one-hour class {@code daysAhead} days from today at a local time of the venue. */
    ClassSessionEntity add(
        ActivityEntity activity,
        int daysAhead,
        String localTime,
        int capacity,
        RoomEntity room,
        TeacherEntity teacher) {
      Instant start =
          today.plusDays(daysAhead).atTime(LocalTime.parse(localTime)).atZone(ZONE).toInstant();
      ClassSessionEntity session =
          new ClassSessionEntity(
              activity,
              venue,
              start,
              start.plus(Duration.ofHours(1)),
              capacity,
              LATE_CANCEL_MINUTES,
              now);
      session.setRoom(room);
      session.getTeachers().add(teacher);
      return sessions.save(session);
    }
  }
}
