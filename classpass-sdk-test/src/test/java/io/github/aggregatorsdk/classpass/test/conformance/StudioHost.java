package io.github.aggregatorsdk.classpass.test.conformance;

import io.github.aggregatorsdk.classpass.ClassPassIntegration;
import io.github.aggregatorsdk.classpass.client.ClassPassClient;
import io.github.aggregatorsdk.classpass.partnerapi.PartnerApiHandler;
import io.github.aggregatorsdk.classpass.partnerapi.PartnerApiServer;
import io.github.aggregatorsdk.classpass.spi.Activity;
import io.github.aggregatorsdk.classpass.spi.Booking;
import io.github.aggregatorsdk.classpass.spi.BookingRepository;
import io.github.aggregatorsdk.classpass.spi.BookingStatus;
import io.github.aggregatorsdk.classpass.spi.ClassPassSettings;
import io.github.aggregatorsdk.classpass.spi.ClassSession;
import io.github.aggregatorsdk.classpass.spi.ClassSessionRepository;
import io.github.aggregatorsdk.classpass.spi.Instructor;
import io.github.aggregatorsdk.classpass.spi.NewBooking;
import io.github.aggregatorsdk.classpass.spi.Page;
import io.github.aggregatorsdk.classpass.spi.PageRequest;
import io.github.aggregatorsdk.classpass.spi.PartnerProfile;
import io.github.aggregatorsdk.classpass.spi.PostalAddress;
import io.github.aggregatorsdk.classpass.spi.SessionTransactions;
import io.github.aggregatorsdk.classpass.spi.StudioRoom;
import io.github.aggregatorsdk.classpass.spi.VenueProfile;
import io.github.aggregatorsdk.classpass.spi.memory.InMemoryStudio;
import io.github.aggregatorsdk.classpass.test.FakeClassPass;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * A studio host for the runner's own tests: the SDK's partner API over the in-memory SPI, pushing
 * to a {@link FakeClassPass}, with one deliberate flaw or none.
 */
final class StudioHost implements ConformanceHost, AutoCloseable {

  static final String TOKEN = "studio-partner-token";
  static final String PARTNER = "partner-1";
  static final String VENUE = "venue-1";

  /** What is wrong with the host. */
  enum Flaw {
    NONE,
    /** Runs the SDK's checks without locking the class: parallel reservations overbook. */
    NO_ROW_LOCK,
    /** Its repository loses the cancelled flag: a cancelled class stays open everywhere. */
    CANCELLED_CLASSES_STAY_OPEN,
    /** Its own HTTP adapter answers 500 to a body that is not a JSON object. */
    ERROR_500_ON_BAD_INPUT
  }

  private final Clock clock = Clock.systemUTC();
  private final InMemoryStudio studio = new InMemoryStudio(clock);
  private final AtomicInteger classes = new AtomicInteger();
  private final ClassPassIntegration sync;
  private final Runnable stopServer;
  private final int port;

  StudioHost(Flaw flaw, FakeClassPass classPass) {
    seed();
    ClassSessionRepository sessions = flaw == Flaw.CANCELLED_CLASSES_STAY_OPEN
        ? new NeverCancelled(studio.sessions()) : studio.sessions();
    BookingRepository bookings = flaw == Flaw.NO_ROW_LOCK
        ? new SlowInserts(studio.bookings()) : studio.bookings();
    SessionTransactions transactions = flaw == Flaw.NO_ROW_LOCK
        ? new NoLock() : studio.transactions();
    ClassPassClient client = ClassPassClient.builder()
        .baseUrl(classPass.baseUrl()).accessToken(classPass.token()).build();
    sync = ClassPassIntegration.builder().client(client)
        .customers(studio.customers()).sessions(sessions).bookings(bookings)
        .transactions(transactions).partners(studio.partners())
        .partnerApiToken(TOKEN).partnerApiBasePath("/classpass").clock(clock).build();
    PartnerApiHandler handler = sync.partnerApi();
    sync.start();
    if (flaw == Flaw.ERROR_500_ON_BAD_INPUT) {
      FailingAdapter adapter = new FailingAdapter(handler);
      stopServer = adapter::close;
      port = adapter.port();
    } else {
      PartnerApiServer started =
          PartnerApiServer.start(new InetSocketAddress("127.0.0.1", 0), handler);
      stopServer = started::close;
      port = started.port();
    }
  }

  String baseUrl() {
    return "http://127.0.0.1:" + port + "/classpass";
  }

  private void seed() {
    Instant now = clock.instant();
    studio.partners().save(new PartnerProfile(PARTNER, "Conformance Yoga", null, List.of(), now));
    studio.partners().save(new VenueProfile(PARTNER, VENUE, "Conformance Yoga Downtown", null,
        new PostalAddress("1 Main St", null, "Springfield", "IL", "62701", "US"),
        null, null, null, null, null, List.of(), now));
  }

  @Override
  public String createClass(Timing timing, int classPassSpots) {
    Instant now = clock.instant();
    int n = classes.incrementAndGet();
    ZonedDateTime start = switch (timing) {
      case EARLY -> ZonedDateTime.now(clock).plusDays(2).plusMinutes(n);
      case IN_LATE_CANCEL_WINDOW -> ZonedDateTime.now(clock).plusHours(2);
      case STARTING_SOON -> ZonedDateTime.now(clock).plusSeconds(2);
    };
    String id = "class-" + n;
    Activity activity = new Activity("activity-" + n, "Flow " + n, null,
        ClassPassSettings.offered().withSpotLimit(classPassSpots), now);
    studio.sessions().save(ClassSession.builder()
        .id(id).partnerId(PARTNER).venueId(VENUE).activity(activity)
        .start(start).end(start.plusHours(1)).capacity(classPassSpots + 5)
        .teachers(List.of(new Instructor("t-1", "Ana", "Lopez", null, List.of(), now)))
        .room(new StudioRoom("room-a", "Studio A", now))
        .lateCancelWindow(Duration.ofHours(12)).lastUpdated(now).build());
    sync.sync().sessionChanged(id);
    return id;
  }

  @Override
  public void cancelClass(String scheduleId) {
    ClassSession session = studio.sessions().findById(scheduleId).orElseThrow();
    studio.sessions().save(session.toBuilder().cancelled(true).lastUpdated(clock.instant())
        .build());
    sync.sync().classCancelled(scheduleId);
  }

  @Override
  public void markNoShow(String reservationId) {
    Booking booking = studio.bookings().findByReservationId(reservationId).orElseThrow();
    studio.bookings().updateStatus(booking.id(), BookingStatus.MISSED, clock.instant());
    sync.sync().reservationChanged(reservationId);
  }

  @Override
  public void close() {
    stopServer.run();
    sync.close();
  }

  /** Runs the work without any lock: what a host gets wrong when it forgets the row lock. */
  private static final class NoLock implements SessionTransactions {
    @Override
    public <T> T inSessionTransaction(String sessionId, Supplier<T> work) {
      return work.get();
    }
  }

  /** Widens the window between the SDK's check and its insert, as a slow database does. */
  private record SlowInserts(BookingRepository delegate) implements BookingRepository {
    @Override
    public Optional<Booking> findByReservationId(String reservationId) {
      return delegate.findByReservationId(reservationId);
    }

    @Override
    public List<Booking> findClassPassBookings(String sessionId) {
      return delegate.findClassPassBookings(sessionId);
    }

    @Override
    public Booking create(NewBooking booking) {
      try {
        Thread.sleep(150);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return delegate.create(booking);
    }

    @Override
    public Booking updateStatus(String bookingId, BookingStatus status, Instant at) {
      return delegate.updateStatus(bookingId, status, at);
    }
  }

  /** Loses the cancelled flag when reading classes. */
  private record NeverCancelled(ClassSessionRepository delegate)
      implements ClassSessionRepository {
    @Override
    public Optional<ClassSession> findById(String sessionId) {
      return delegate.findById(sessionId).map(NeverCancelled::open);
    }

    @Override
    public Page<ClassSession> findByVenue(
        String partnerId, String venueId, LocalDate from, LocalDate to, PageRequest page) {
      Page<ClassSession> found = delegate.findByVenue(partnerId, venueId, from, to, page);
      return new Page<>(found.items().stream().map(NeverCancelled::open).toList(),
          found.totalItems(), found.request());
    }

    private static ClassSession open(ClassSession session) {
      return session.toBuilder().cancelled(false).build();
    }
  }
}
