package io.github.aggregatorsdk.classpass.example.studio.classpass;

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
import io.github.aggregatorsdk.classpass.spi.Activity;
import io.github.aggregatorsdk.classpass.spi.BookingRepository;
import io.github.aggregatorsdk.classpass.spi.ClassPassSettings;
import io.github.aggregatorsdk.classpass.spi.ClassSession;
import io.github.aggregatorsdk.classpass.spi.ClassSessionRepository;
import io.github.aggregatorsdk.classpass.spi.Customer;
import io.github.aggregatorsdk.classpass.spi.CustomerRepository;
import io.github.aggregatorsdk.classpass.spi.Instructor;
import io.github.aggregatorsdk.classpass.spi.PartnerDirectory;
import io.github.aggregatorsdk.classpass.spi.PartnerProfile;
import io.github.aggregatorsdk.classpass.spi.PostalAddress;
import io.github.aggregatorsdk.classpass.spi.SessionTransactions;
import io.github.aggregatorsdk.classpass.spi.Spot;
import io.github.aggregatorsdk.classpass.spi.StudioRoom;
import io.github.aggregatorsdk.classpass.spi.VenueProfile;
import io.github.aggregatorsdk.classpass.spi.contract.SpiFixture;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The SDK's contract fixture over this app: the five adapters under test, and seed methods that
 * store data through the app's own JPA repositories, as its staff screens would. The SDK's
 * suggested ids are replaced by the database's; activities, rooms and teachers with the same
 * suggested id within one test are stored once.
 */
class JpaSpiFixture implements SpiFixture {

  private static final String[] TABLES_CHILDREN_FIRST = {
    "booking",
    "class_session_spot",
    "class_session_teacher",
    "class_session",
    "teacher",
    "room",
    "activity",
    "customer",
    "venue",
    "partner"
  };

  private final CustomerRepository customers;
  private final ClassSessionRepository sessions;
  private final BookingRepository bookings;
  private final SessionTransactions transactions;
  private final PartnerDirectory partners;
  private final Repositories rows;
  private final TransactionTemplate transaction;
  private final JdbcTemplate jdbc;
  private final Map<String, Long> activityIds = new HashMap<>();
  private final Map<String, Long> roomIds = new HashMap<>();
  private final Map<String, Long> teacherIds = new HashMap<>();

  JpaSpiFixture(
      CustomerRepository customers,
      ClassSessionRepository sessions,
      BookingRepository bookings,
      SessionTransactions transactions,
      PartnerDirectory partners,
      Repositories rows,
      PlatformTransactionManager transactionManager,
      JdbcTemplate jdbc) {
    this.customers = customers;
    this.sessions = sessions;
    this.bookings = bookings;
    this.transactions = transactions;
    this.partners = partners;
    this.rows = rows;
    this.transaction = new TransactionTemplate(transactionManager);
    this.jdbc = jdbc;
  }

  /** This fixture over empty tables. */
  JpaSpiFixture emptied() {
    for (String table : TABLES_CHILDREN_FIRST) {
      jdbc.update("delete from " + table);
    }
    activityIds.clear();
    roomIds.clear();
    teacherIds.clear();
    return this;
  }

  @Override
  public CustomerRepository customers() {
    return customers;
  }

  @Override
  public ClassSessionRepository sessions() {
    return sessions;
  }

  @Override
  public BookingRepository bookings() {
    return bookings;
  }

  @Override
  public SessionTransactions transactions() {
    return transactions;
  }

  @Override
  public PartnerDirectory partners() {
    return partners;
  }

  @Override
  public Customer seedCustomer(Customer template) {
    CustomerEntity customer =
        new CustomerEntity(
            template.firstName(),
            template.lastName(),
            template.email(),
            template.phone(),
            template.birthday(),
            null);
    customer.setClassPassId(template.classPassUserId());
    Long id = rows.customers().save(customer).getId();
    return customers().findById(Ids.format(id)).orElseThrow();
  }

  @Override
  public PartnerProfile seedPartner(PartnerProfile template) {
    PartnerEntity partner =
        new PartnerEntity(template.name(), template.description(), template.lastUpdated());
    Long id = rows.partners().save(partner).getId();
    return partners().findPartner(Ids.format(id)).orElseThrow();
  }

  @Override
  public VenueProfile seedVenue(VenueProfile template) {
    Long id =
        transaction.execute(
            status -> {
              PartnerEntity partner =
                  rows.partners().findById(Long.valueOf(template.partnerId())).orElseThrow();
              return rows.venues().save(toVenue(template, partner)).getId();
            });
    return partners().findVenue(template.partnerId(), Ids.format(id)).orElseThrow();
  }

  // The SDK's venue carries no time zone: UTC until a session tells the venue's zone.
  private static VenueEntity toVenue(VenueProfile template, PartnerEntity partner) {
    PostalAddress address = template.address();
    return new VenueEntity(partner, template.name(), ZoneOffset.UTC, template.lastUpdated())
        .describe(
            template.description(),
            address == null
                ? null
                : new Address(
                    address.line1(),
                    address.line2(),
                    address.city(),
                    address.region(),
                    address.postalCode(),
                    address.countryCode()),
            template.phone(),
            template.email(),
            template.website())
        .locate(template.latitude(), template.longitude());
  }

  @Override
  public ClassSession seedSession(ClassSession template) {
    Long id = transaction.execute(status -> rows.sessions().save(toSession(template)).getId());
    return sessions().findById(Ids.format(id)).orElseThrow();
  }

  private ClassSessionEntity toSession(ClassSession template) {
    VenueEntity venue = venueOf(template);
    venue.setZone(template.start().getZone());
    ClassSessionEntity session =
        new ClassSessionEntity(
            activityOf(template),
            venue,
            template.start().toInstant(),
            template.end().toInstant(),
            template.capacity(),
            (int) template.lateCancelWindow().toMinutes(),
            template.lastUpdated());
    session.setName(template.name());
    if (template.room() != null) {
      session.setRoom(roomOf(template.room()));
    }
    for (Instructor teacher : template.teachers()) {
      session.getTeachers().add(teacherOf(teacher));
    }
    for (Spot spot : template.layout()) {
      session.getSpots().add(new LayoutSpot(spot.label(), spot.x(), spot.y()));
    }
    session.setBookableWindow(
        template.bookableFrom() == null ? null : template.bookableFrom().toInstant(),
        template.bookableUntil() == null ? null : template.bookableUntil().toInstant());
    if (template.cancelled()) {
      session.cancel(template.lastUpdated());
    }
    return session;
  }

  private VenueEntity venueOf(ClassSession template) {
    return Ids.parse(template.venueId())
        .flatMap(rows.venues()::findById)
        .orElseGet(() -> rows.venues().save(newVenue(template)));
  }

  private VenueEntity newVenue(ClassSession template) {
    PartnerEntity partner =
        Ids.parse(template.partnerId())
            .flatMap(rows.partners()::findById)
            .orElseGet(
                () ->
                    rows.partners()
                        .save(new PartnerEntity("Studio", null, template.lastUpdated())));
    return new VenueEntity(partner, "Venue", template.start().getZone(), template.lastUpdated());
  }

  private ActivityEntity activityOf(ClassSession template) {
    Activity activity = template.activity();
    Long id = activityIds.get(activity.id());
    if (id != null) {
      return rows.activities().findById(id).orElseThrow();
    }
    ClassPassSettings classPass = activity.classPass();
    AggregatorSettings settings =
        new AggregatorSettings(
            classPass.allowed(),
            classPass.spotLimit().isPresent() ? classPass.spotLimit().getAsInt() : null,
            classPass
                .releaseAllSpotsBeforeStart()
                .map(lead -> (int) lead.toMinutes())
                .orElse(null));
    ActivityEntity stored =
        rows.activities()
            .save(
                new ActivityEntity(
                    activity.name(), activity.description(), settings, activity.lastUpdated()));
    activityIds.put(activity.id(), stored.getId());
    return stored;
  }

  private RoomEntity roomOf(StudioRoom room) {
    Long id = roomIds.get(room.id());
    if (id != null) {
      return rows.rooms().findById(id).orElseThrow();
    }
    RoomEntity stored = rows.rooms().save(new RoomEntity(room.name(), room.lastUpdated()));
    roomIds.put(room.id(), stored.getId());
    return stored;
  }

  private TeacherEntity teacherOf(Instructor teacher) {
    Long id = teacherIds.get(teacher.id());
    if (id != null) {
      return rows.teachers().findById(id).orElseThrow();
    }
    TeacherEntity stored =
        rows.teachers()
            .save(
                new TeacherEntity(
                    teacher.firstName(),
                    teacher.lastName(),
                    teacher.displayName(),
                    teacher.lastUpdated()));
    teacherIds.put(teacher.id(), stored.getId());
    return stored;
  }

  @Override
  public void seedHostBooking(String sessionId, String spotLabel) {
    transaction.executeWithoutResult(
        status -> {
          ClassSessionEntity session =
              rows.sessions().findById(Long.valueOf(sessionId)).orElseThrow();
          CustomerEntity walkIn =
              rows.customers().save(new CustomerEntity("Walk-in", "Guest", null, null, null, null));
          rows.bookings()
              .save(
                  BookingEntity.direct(
                      session,
                      walkIn,
                      Channel.FRONT_DESK,
                      "Drop-in",
                      true,
                      spotLabel,
                      Instant.now()));
        });
  }

  /** The app's Spring Data repositories the seed methods write through; a bean by itself. */
  record Repositories(
      Partners partners,
      Venues venues,
      Customers customers,
      Activities activities,
      Rooms rooms,
      Teachers teachers,
      ClassSessions sessions,
      Bookings bookings) {}
}
