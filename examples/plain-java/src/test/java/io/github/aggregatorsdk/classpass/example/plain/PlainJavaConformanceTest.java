package io.github.aggregatorsdk.classpass.example.plain;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.aggregatorsdk.classpass.spi.Activity;
import io.github.aggregatorsdk.classpass.spi.Booking;
import io.github.aggregatorsdk.classpass.spi.BookingStatus;
import io.github.aggregatorsdk.classpass.spi.ClassPassSettings;
import io.github.aggregatorsdk.classpass.spi.ClassSession;
import io.github.aggregatorsdk.classpass.spi.Instructor;
import io.github.aggregatorsdk.classpass.spi.StudioRoom;
import io.github.aggregatorsdk.classpass.spi.memory.InMemoryStudio;
import io.github.aggregatorsdk.classpass.test.FakeClassPassExtension;
import io.github.aggregatorsdk.classpass.test.conformance.CheckStatus;
import io.github.aggregatorsdk.classpass.test.conformance.ClassPassConformance;
import io.github.aggregatorsdk.classpass.test.conformance.ConformanceHost;
import io.github.aggregatorsdk.classpass.test.conformance.ConformanceReport;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The ClassPass conformance runner against the example's own partner API, as a host adds it to
 * its suite: the studio pushes to a fake ClassPass, and a {@link ConformanceHost} makes classes
 * and plays the front desk over the same in-memory repositories.
 */
class PlainJavaConformanceTest {

  @RegisterExtension
  static final FakeClassPassExtension CLASSPASS = new FakeClassPassExtension();

  @BeforeAll
  static void noDelayedAcks() {
    System.setProperty("sun.net.httpserver.nodelay", "true");
  }

  @Test
  void theExamplePassesEveryClassPassConformanceCheck() {
    Clock clock = Clock.systemUTC();
    InMemoryStudio studio = DemoStudio.seed(clock);
    try (PlainJavaDemo.Running running = PlainJavaDemo.start(
        studio, CLASSPASS.fake().baseUrl(), CLASSPASS.fake().token(), clock)) {
      ConformanceReport report = ClassPassConformance
          .forHost(running.endpoints().toString(), PlainJavaDemo.PARTNER_API_TOKEN,
              new FrontDesk(studio, running, clock))
          .withFakeClassPass(CLASSPASS.fake())
          .run();

      report.assertPassed();
      assertThat(report.results()).allMatch(result -> result.status() == CheckStatus.PASSED);
    }
  }

  /** What the studio's staff do, over the example's repositories; new classes at its venue. */
  private static final class FrontDesk implements ConformanceHost {

    private final AtomicInteger classes = new AtomicInteger();
    private final InMemoryStudio studio;
    private final PlainJavaDemo.Running running;
    private final Clock clock;

    FrontDesk(InMemoryStudio studio, PlainJavaDemo.Running running, Clock clock) {
      this.studio = studio;
      this.running = running;
      this.clock = clock;
    }

    @Override
    public Optional<String> partnerId() {
      return Optional.of(DemoStudio.PARTNER);
    }

    @Override
    public Optional<String> venueId() {
      return Optional.of(DemoStudio.VENUE);
    }

    @Override
    public String createClass(Timing timing, int classPassSpots) {
      int n = classes.incrementAndGet();
      Instant now = clock.instant();
      ZonedDateTime start = switch (timing) {
        case EARLY -> ZonedDateTime.now(clock.withZone(DemoStudio.ZONE)).plusDays(2).plusMinutes(n);
        case IN_LATE_CANCEL_WINDOW -> ZonedDateTime.now(clock.withZone(DemoStudio.ZONE))
            .plusHours(3);
        case STARTING_SOON -> ZonedDateTime.now(clock.withZone(DemoStudio.ZONE)).plusSeconds(2);
      };
      String id = "conformance-" + n;
      Activity activity = new Activity("conformance-" + n, "Conformance Flow", null,
          ClassPassSettings.offered().withSpotLimit(classPassSpots), now);
      studio.sessions().save(ClassSession.builder()
          .id(id).partnerId(DemoStudio.PARTNER).venueId(DemoStudio.VENUE).activity(activity)
          .start(start).end(start.plusHours(1)).capacity(classPassSpots + 4)
          .teachers(List.of(new Instructor("t-1", "Ana", "Lopez", null, List.of(), now)))
          .room(new StudioRoom("room-a", "Studio A", now))
          .lateCancelWindow(Duration.ofHours(12)).lastUpdated(now).build());
      running.integration().sync().sessionChanged(id);
      return id;
    }

    @Override
    public void cancelClass(String scheduleId) {
      ClassSession session = studio.sessions().findById(scheduleId).orElseThrow();
      studio.sessions().save(
          session.toBuilder().cancelled(true).lastUpdated(clock.instant()).build());
      running.integration().sync().classCancelled(scheduleId);
    }

    @Override
    public void markNoShow(String reservationId) {
      Booking booking = studio.bookings().findByReservationId(reservationId).orElseThrow();
      studio.bookings().updateStatus(booking.id(), BookingStatus.MISSED, clock.instant());
      running.integration().sync().reservationChanged(reservationId);
    }
  }
}
