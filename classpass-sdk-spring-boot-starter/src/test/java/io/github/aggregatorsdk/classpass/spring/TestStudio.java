package io.github.aggregatorsdk.classpass.spring;

import io.github.aggregatorsdk.classpass.customer.ClassPassMember;
import io.github.aggregatorsdk.classpass.booking.ReservationCommand;
import io.github.aggregatorsdk.classpass.spi.Activity;
import io.github.aggregatorsdk.classpass.spi.BookingRepository;
import io.github.aggregatorsdk.classpass.spi.ClassPassSettings;
import io.github.aggregatorsdk.classpass.spi.ClassSession;
import io.github.aggregatorsdk.classpass.spi.ClassSessionRepository;
import io.github.aggregatorsdk.classpass.spi.CustomerRepository;
import io.github.aggregatorsdk.classpass.spi.PartnerDirectory;
import io.github.aggregatorsdk.classpass.spi.PartnerProfile;
import io.github.aggregatorsdk.classpass.spi.PostalAddress;
import io.github.aggregatorsdk.classpass.spi.SessionTransactions;
import io.github.aggregatorsdk.classpass.spi.VenueProfile;
import io.github.aggregatorsdk.classpass.spi.memory.InMemoryStudio;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.AbstractApplicationContextRunner;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/**
 * An in-memory studio with one partner and venue, whose five repositories a context runner
 * registers as the host's beans.
 */
final class TestStudio {

  static final String PARTNER = "p-1";
  static final String VENUE = "v-1";

  final InMemoryStudio studio = new InMemoryStudio(Clock.systemUTC());

  TestStudio() {
    studio.partners().save(new PartnerProfile(PARTNER, "Flow Studio", null, List.of(),
        Instant.parse("2026-01-01T00:00:00Z")));
    studio.partners().save(new VenueProfile(PARTNER, VENUE, "Flow Mitte", null,
        new PostalAddress("Torstr. 1", null, "Berlin", null, "10119", "DE"),
        null, null, null, null, null, List.of(), Instant.parse("2026-01-01T00:00:00Z")));
  }

  /** Registers the studio's repositories as beans, as a host would. */
  <R extends AbstractApplicationContextRunner<R, ?, ?>> R repositories(R runner) {
    return runner
        .withBean(CustomerRepository.class, studio::customers)
        .withBean(ClassSessionRepository.class, studio::sessions)
        .withBean(BookingRepository.class, studio::bookings)
        .withBean(SessionTransactions.class, studio::transactions)
        .withBean(PartnerDirectory.class, studio::partners);
  }

  /**
   * A runner with this studio's repositories and the auto-configurations a synchronising host
   * gets (client, services, outbox, sync) plus {@code more}, pushing to {@code classPassUrl} with
   * one attempt per call.
   */
  ApplicationContextRunner syncingRunner(
      String classPassUrl, String accessToken, Class<?>... more) {
    List<Class<?>> configurations =
        new ArrayList<>(
            List.of(
                ClassPassClientAutoConfiguration.class,
                ClassPassOutboxAutoConfiguration.class,
                ClassPassIntegrationAutoConfiguration.class));
    configurations.addAll(List.of(more));
    return repositories(new ApplicationContextRunner())
        .withConfiguration(AutoConfigurations.of(configurations.toArray(Class<?>[]::new)))
        .withPropertyValues(
            "classpass.base-url=" + classPassUrl,
            "classpass.access-token=" + accessToken,
            "classpass.retry.max-attempts=1",
            // Registration at start and the periodic resync have tests of their own; here they
            // would only add calls the other tests do not expect.
            "classpass.sync.register-on-startup=false",
            "classpass.sync.full-resync-interval=0");
  }

  /** Adds a class of 5 spots open to ClassPass, starting in two days. */
  ClassSession addSession(String id) {
    ZonedDateTime start = ZonedDateTime.now(ZoneOffset.UTC).plusDays(2).withNano(0);
    return studio.sessions().save(
        ClassSession.builder()
            .id(id).partnerId(PARTNER).venueId(VENUE)
            .activity(new Activity("a-1", "Yoga", null, ClassPassSettings.offered(),
                Instant.parse("2026-01-01T00:00:00Z")))
            .start(start).end(start.plusHours(1)).capacity(5)
            .lastUpdated(Instant.now().minusSeconds(60))
            .build());
  }

  static ReservationCommand reservation(String reservationId, String sessionId, String userId) {
    return new ReservationCommand(reservationId, PARTNER, VENUE, sessionId, null,
        new ClassPassMember(userId, "Ann", "Lee", null, null, null, null));
  }
}
