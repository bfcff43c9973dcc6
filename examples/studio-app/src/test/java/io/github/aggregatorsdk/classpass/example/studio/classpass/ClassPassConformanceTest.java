package io.github.aggregatorsdk.classpass.example.studio.classpass;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.aggregatorsdk.classpass.example.studio.bookings.BookingState;
import io.github.aggregatorsdk.classpass.example.studio.bookings.Bookings;
import io.github.aggregatorsdk.classpass.example.studio.schedule.Activities;
import io.github.aggregatorsdk.classpass.example.studio.schedule.ActivityEntity;
import io.github.aggregatorsdk.classpass.example.studio.schedule.AggregatorSettings;
import io.github.aggregatorsdk.classpass.example.studio.schedule.ClassSessionEntity;
import io.github.aggregatorsdk.classpass.example.studio.schedule.ClassSessions;
import io.github.aggregatorsdk.classpass.example.studio.staff.StaffDesk;
import io.github.aggregatorsdk.classpass.example.studio.studio.VenueEntity;
import io.github.aggregatorsdk.classpass.example.studio.studio.Venues;
import io.github.aggregatorsdk.classpass.spring.ClassSessionChangedEvent;
import io.github.aggregatorsdk.classpass.test.FakeClassPassExtension;
import io.github.aggregatorsdk.classpass.test.conformance.CheckStatus;
import io.github.aggregatorsdk.classpass.test.conformance.ClassPassConformance;
import io.github.aggregatorsdk.classpass.test.conformance.ConformanceHost;
import io.github.aggregatorsdk.classpass.test.conformance.ConformanceReport;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The ClassPass conformance runner against the app's own partner API on a real port, the app
 * pushing to a fake ClassPass, with a {@link ConformanceHost} over the app's own staff services:
 * what a host adds to its suite before it asks ClassPass for certification.
 */
@SpringBootTest(
    webEnvironment = WebEnvironment.RANDOM_PORT,
    properties = {
      "classpass.partner-api.token=" + ClassPassConformanceTest.PARTNER_API_TOKEN,
      "server.address=127.0.0.1"
    })
@DirtiesContext
class ClassPassConformanceTest {

  static final String PARTNER_API_TOKEN = "conformance-partner-api-token";

  @RegisterExtension
  static final FakeClassPassExtension CLASSPASS = new FakeClassPassExtension();

  @DynamicPropertySource
  static void pushToTheFakeClassPass(DynamicPropertyRegistry registry) {
    registry.add("classpass.base-url", () -> CLASSPASS.fake().baseUrl().toString());
    registry.add("classpass.access-token", () -> CLASSPASS.fake().token());
  }

  @LocalServerPort int port;
  @Autowired StaffDesk staffDesk;
  @Autowired Bookings bookings;
  @Autowired Activities activities;
  @Autowired ClassSessions sessions;
  @Autowired Venues venues;
  @Autowired ApplicationEventPublisher events;
  @Autowired TransactionTemplate transaction;
  @Autowired Clock clock;

  @Test
  void theAppPassesEveryClassPassConformanceCheck() {
    ConformanceReport report = ClassPassConformance
        .forHost("http://127.0.0.1:" + port + "/classpass", PARTNER_API_TOKEN, new Studio())
        .withFakeClassPass(CLASSPASS.fake())
        .run();

    report.assertPassed();
    assertThat(report.results()).allMatch(result -> result.status() == CheckStatus.PASSED);
  }

  /** The studio's side: new classes as the timetable makes them, and the staff desk's actions. */
  private final class Studio implements ConformanceHost {

    private final AtomicInteger classes = new AtomicInteger();

    @Override
    public Optional<String> partnerId() {
      return Optional.of(String.valueOf(venue().getPartner().getId()));
    }

    @Override
    public Optional<String> venueId() {
      return Optional.of(String.valueOf(venue().getId()));
    }

    @Override
    public String createClass(Timing timing, int classPassSpots) {
      int n = classes.incrementAndGet();
      Instant now = clock.instant();
      Instant start = switch (timing) {
        case EARLY -> now.plus(Duration.ofDays(2)).plus(Duration.ofMinutes(n));
        case IN_LATE_CANCEL_WINDOW -> now.plus(Duration.ofHours(3));
        case STARTING_SOON -> now.plus(Duration.ofSeconds(2));
      };
      ClassSessionEntity session = transaction.execute(status -> {
        ActivityEntity activity = activities.save(new ActivityEntity(
            "Conformance Flow " + n, "A class the conformance runner books.",
            new AggregatorSettings(true, classPassSpots, null), now));
        ClassSessionEntity saved = sessions.save(new ClassSessionEntity(
            activity, venue(), start, start.plus(Duration.ofHours(1)), classPassSpots + 5,
            720, now));
        events.publishEvent(ClassSessionChangedEvent.changed(String.valueOf(saved.getId())));
        return saved;
      });
      return String.valueOf(session.getId());
    }

    @Override
    public void cancelClass(String scheduleId) {
      staffDesk.cancelClass(Long.parseLong(scheduleId));
    }

    @Override
    public void markNoShow(String reservationId) {
      long bookingId = bookings.findByClassPassReservationId(reservationId).orElseThrow().getId();
      staffDesk.recordAttendance(bookingId, BookingState.MISSED);
    }

    private VenueEntity venue() {
      return transaction.execute(status -> {
        VenueEntity venue = venues.findAll().get(0);
        venue.getPartner().getId();
        return venue;
      });
    }
  }
}
