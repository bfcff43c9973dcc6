package io.github.aggregatorsdk.classpass.example.studio.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.aggregatorsdk.classpass.booking.Availability;
import io.github.aggregatorsdk.classpass.booking.AvailabilityCalculator;
import io.github.aggregatorsdk.classpass.example.studio.customers.Customers;
import io.github.aggregatorsdk.classpass.example.studio.schedule.ClassSessions;
import io.github.aggregatorsdk.classpass.spi.ClassSession;
import io.github.aggregatorsdk.classpass.spi.ClassSessionRepository;
import io.github.aggregatorsdk.classpass.spi.CustomerRepository;
import io.github.aggregatorsdk.classpass.spi.PageRequest;
import io.github.aggregatorsdk.classpass.spi.PartnerDirectory;
import io.github.aggregatorsdk.classpass.spi.PartnerProfile;
import io.github.aggregatorsdk.classpass.spi.VenueProfile;
import io.github.aggregatorsdk.classpass.mapping.PreflightCheck;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Collector;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** The demo data, read back through the SDK adapters and checked with the SDK's own rules. */
@SpringBootTest(webEnvironment = WebEnvironment.NONE)
class DemoDataTest {

  /** 10:00 in New York, the demo venue's zone. */
  static final Instant NOW = Instant.parse("2026-11-25T15:00:00Z");

  static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

  @TestConfiguration
  static class FixedClock {
    @Bean
    @Primary
    Clock fixedClock() {
      return Clock.fixed(NOW, ZoneOffset.UTC);
    }
  }

  @Autowired PartnerDirectory directory;
  @Autowired ClassSessionRepository schedule;
  @Autowired CustomerRepository customers;
  @Autowired DemoData demoData;
  @Autowired ClassSessions sessionRows;
  @Autowired Customers customerRows;

  private PartnerProfile partner;
  private VenueProfile venue;
  private List<ClassSession> nextTwoWeeks;

  @BeforeEach
  void readTheStudio() {
    partner = directory.partners(PageRequest.first(10)).items().get(0);
    venue = directory.venues(partner.id(), PageRequest.first(10)).items().get(0);
    nextTwoWeeks =
        schedule
            .findByVenue(
                partner.id(), venue.id(), TODAY, TODAY.plusDays(14), PageRequest.first(100))
            .items();
  }

  @Test
  void seedsOneStudioWithOneVenueWithACompleteAddressInNewYork() {
    assertThat(directory.partners(PageRequest.first(10)).totalItems()).isEqualTo(1);
    assertThat(partner.name()).isEqualTo("Harbor Light Yoga");
    assertThat(venue.address().isComplete()).isTrue();
    assertThat(venue.latitude()).isNotNull();
    assertThat(nextTwoWeeks)
        .allSatisfy(session -> assertThat(session.start().getZone()).isEqualTo(DemoData.ZONE));
  }

  @Test
  void seedsEightClassesOpenToClassPassWithALimitOfThreeAndATwelveHourLateCancelWindow() {
    List<ClassSession> open =
        nextTwoWeeks.stream().filter(session -> session.activity().classPass().allowed()).toList();

    assertThat(open).hasSize(8);
    assertThat(open)
        .allSatisfy(
            session -> {
              assertThat(session.activity().classPass().spotLimit()).hasValue(3);
              assertThat(session.lateCancelWindow()).isEqualTo(Duration.ofHours(12));
              assertThat(session.start().toLocalDate()).isAfter(TODAY).isBefore(TODAY.plusDays(14));
              assertThat(new PreflightCheck().problems(session, venue)).isEmpty();
            });
  }

  @Test
  void seedsTwoClassesNotOpenToClassPass() {
    assertThat(nextTwoWeeks)
        .filteredOn(session -> !session.activity().classPass().allowed())
        .hasSize(2)
        .allSatisfy(session -> assertThat(availability(session).offered()).isFalse());
  }

  @Test
  void oneClassHasAMatLayoutWithTwoMatsTaken() {
    ClassSession withMats =
        nextTwoWeeks.stream().filter(ClassSession::hasLayout).collect(onlyOne());

    assertThat(withMats.layout()).hasSize(8);
    assertThat(withMats.occupancy().takenSpotLabels()).containsExactlyInAnyOrder("M1", "M2");
    assertThat(availability(withMats).freeSpotLabels()).startsWith("M3").hasSize(6);
  }

  @Test
  void oneClassOpenToClassPassHasOneSpotLeftFromFrontDeskAndOnlineBookings() {
    ClassSession nearlyFull =
        nextTwoWeeks.stream()
            .filter(session -> session.activity().classPass().allowed())
            .filter(session -> session.occupancy().booked() == session.capacity() - 1)
            .collect(onlyOne());

    assertThat(nearlyFull.occupancy().bookedByClassPass()).isZero();
    assertThat(availability(nearlyFull).spots()).isEqualTo(1);
  }

  @Test
  void mayaChenAlreadyCarriesAClassPassId() {
    assertThat(customers.findByClassPassUserId(DemoData.LINKED_CLASSPASS_ID))
        .hasValueSatisfying(customer -> assertThat(customer.lastName()).isEqualTo("Chen"));
  }

  @Test
  void seedsNothingWhenTheDatabaseAlreadyHoldsAStudio() {
    long classes = sessionRows.count();
    long people = customerRows.count();

    demoData.run(null);

    assertThat(sessionRows.count()).isEqualTo(classes);
    assertThat(customerRows.count()).isEqualTo(people);
  }

  private static Availability availability(ClassSession session) {
    return new AvailabilityCalculator(Clock.fixed(NOW, ZoneOffset.UTC)).availability(session);
  }

  private static <T> Collector<T, ?, T> onlyOne() {
    return Collectors.collectingAndThen(
        Collectors.toList(),
        list -> {
          assertThat(list).hasSize(1);
          return list.get(0);
        });
  }
}
