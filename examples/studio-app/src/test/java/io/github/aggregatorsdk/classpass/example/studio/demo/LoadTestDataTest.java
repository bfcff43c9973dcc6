package io.github.aggregatorsdk.classpass.example.studio.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.aggregatorsdk.classpass.booking.AvailabilityCalculator;
import io.github.aggregatorsdk.classpass.spi.ClassSession;
import io.github.aggregatorsdk.classpass.spi.ClassSessionRepository;
import io.github.aggregatorsdk.classpass.spi.PageRequest;
import io.github.aggregatorsdk.classpass.spi.PartnerDirectory;
import io.github.aggregatorsdk.classpass.spi.PartnerProfile;
import io.github.aggregatorsdk.classpass.spi.VenueProfile;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Import;

/**
 * {@code studio.demo.load-test-classes}: the second venue the P3 benchmark books into, seen
 * through the SDK adapters as ClassPass would see it.
 */
@SpringBootTest(
    webEnvironment = WebEnvironment.NONE,
    properties = {"studio.demo.load-test-classes=30", "studio.demo.load-test-capacity=40"})
@Import(DemoDataTest.FixedClock.class)
class LoadTestDataTest {

  static final Instant NOW = DemoDataTest.NOW;

  @Autowired PartnerDirectory directory;
  @Autowired ClassSessionRepository schedule;

  @Test
  void aSecondVenueOffersEverySpotOfItsClassesToClassPass() {
    PartnerProfile studio = directory.partners(PageRequest.first(10)).items().get(0);
    List<VenueProfile> venues = directory.venues(studio.id(), PageRequest.first(10)).items();
    assertThat(venues).hasSize(2);
    VenueProfile hall = venues.get(1);
    assertThat(hall.address().isComplete()).isTrue();

    List<ClassSession> classes = nextNinetyDays(studio, hall);

    assertThat(classes).hasSize(30);
    AvailabilityCalculator rules = new AvailabilityCalculator(Clock.fixed(NOW, ZoneOffset.UTC));
    assertThat(classes)
        .allSatisfy(
            session -> {
              assertThat(session.activity().classPass().allowed()).isTrue();
              assertThat(session.activity().classPass().spotLimit()).isEmpty();
              assertThat(session.capacity()).isEqualTo(40);
              assertThat(session.start().toInstant()).isAfter(NOW);
              assertThat(rules.availability(session).spots()).isEqualTo(40);
            });
  }

  @Test
  void theDemoVenueKeepsItsTenClasses() {
    PartnerProfile studio = directory.partners(PageRequest.first(10)).items().get(0);
    VenueProfile demo = directory.venues(studio.id(), PageRequest.first(10)).items().get(0);

    assertThat(nextNinetyDays(studio, demo)).hasSize(10);
  }

  private List<ClassSession> nextNinetyDays(PartnerProfile studio, VenueProfile venue) {
    LocalDate today = LocalDate.ofInstant(NOW, ZoneOffset.UTC);
    return schedule
        .findByVenue(
            studio.id(), venue.id(), today, today.plusDays(90), PageRequest.first(100))
        .items();
  }
}
