package io.github.aggregatorsdk.classpass.booking;

import static io.github.aggregatorsdk.classpass.booking.TestStudio.START;
import static io.github.aggregatorsdk.classpass.booking.TestStudio.activity;
import static io.github.aggregatorsdk.classpass.booking.TestStudio.layout;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.aggregatorsdk.classpass.spi.ClassPassSettings;
import io.github.aggregatorsdk.classpass.spi.ClassSession;
import io.github.aggregatorsdk.classpass.spi.Occupancy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AvailabilityCalculatorTest {

  private static final Instant BEFORE = START.toInstant().minus(Duration.ofDays(1));

  private final AvailabilityCalculator calculator =
      new AvailabilityCalculator(Clock.fixed(BEFORE, ZoneOffset.UTC));

  private static ClassSession session(ClassPassSettings settings, int capacity, Occupancy occupancy) {
    return TestStudio.session("s-1")
        .activity(activity(settings))
        .capacity(capacity)
        .occupancy(occupancy)
        .build();
  }

  private int spots(ClassSession session) {
    return calculator.availability(session).spots();
  }

  @Test
  void anActivityNotOpenToClassPassOffersNothingAndIsNotListed() {
    Availability availability =
        calculator.availability(session(ClassPassSettings.notOffered(), 12, Occupancy.EMPTY));

    assertThat(availability).isEqualTo(new Availability(false, 0, List.of()));
  }

  @Test
  void withoutALimitEveryFreeSpotIsOffered() {
    assertThat(spots(session(ClassPassSettings.offered(), 12, Occupancy.of(3, 1)))).isEqualTo(9);
  }

  @Test
  void aLimitCapsTheSpotsCountingClassPassBookingsOnly() {
    ClassPassSettings limit4 = ClassPassSettings.offered().withSpotLimit(4);

    assertThat(spots(session(limit4, 12, Occupancy.of(3, 1)))).isEqualTo(3);
    assertThat(spots(session(limit4, 12, Occupancy.of(10, 0)))).isEqualTo(2);
  }

  @Test
  void aLimitOfZeroOffersNothing() {
    assertThat(spots(session(ClassPassSettings.offered().withSpotLimit(0), 12, Occupancy.EMPTY)))
        .isZero();
  }

  @Test
  void aLimitAboveCapacityIsBoundByTheFreeSpots() {
    assertThat(spots(session(ClassPassSettings.offered().withSpotLimit(20), 12, Occupancy.of(1, 0))))
        .isEqualTo(11);
  }

  @Test
  void aClassTheHostOverbookedOffersZeroNeverANegativeCount() {
    assertThat(spots(session(ClassPassSettings.offered(), 12, Occupancy.of(14, 2)))).isZero();
    assertThat(spots(session(ClassPassSettings.offered().withSpotLimit(10), 12, Occupancy.of(14, 2))))
        .isZero();
  }

  @Test
  void classPassBookingsBeyondALoweredLimitOfferZero() {
    assertThat(spots(session(ClassPassSettings.offered().withSpotLimit(2), 12, Occupancy.of(3, 3))))
        .isZero();
  }

  @Test
  void theReleaseWindowLiftsTheLimitFromExactlyTheLeadTimeBeforeStart() {
    ClassSession session =
        session(
            ClassPassSettings.offered()
                .withSpotLimit(2)
                .withReleaseAllSpotsBeforeStart(Duration.ofMinutes(60)),
            12,
            Occupancy.of(5, 2));
    Instant opens = START.toInstant().minus(Duration.ofMinutes(60));

    assertThat(calculator.availability(session, opens.minusNanos(1)).spots()).isZero();
    assertThat(calculator.availability(session, opens).spots()).isEqualTo(7);
    assertThat(calculator.availability(session, opens.plusSeconds(60)).spots()).isEqualTo(7);
  }

  @Test
  void aCancelledClassOffersZero() {
    ClassSession cancelled =
        TestStudio.session("s-1").cancelled(true).build();

    assertThat(calculator.availability(cancelled)).isEqualTo(new Availability(true, 0, List.of()));
  }

  @Test
  void aClassOffersZeroFromItsStartOn() {
    ClassSession session = session(ClassPassSettings.offered(), 12, Occupancy.EMPTY);

    assertThat(calculator.availability(session, START.toInstant().minusNanos(1)).spots())
        .isEqualTo(12);
    assertThat(calculator.availability(session, START.toInstant()).spots()).isZero();
  }

  @Test
  void aLayoutListsItsFreeLabelsInLayoutOrderAndBoundsTheSpots() {
    ClassSession session =
        TestStudio.session("s-1")
            .capacity(12)
            .layout(layout("A1", "A2", "A3", "B1"))
            .occupancy(new Occupancy(2, 1, Set.of("A2", "A3")))
            .build();

    assertThat(calculator.availability(session))
        .isEqualTo(new Availability(true, 2, List.of("A1", "B1")));
  }

  @Test
  void aLayoutListsNoLabelsWhenClassPassMayBookNothing() {
    ClassSession session =
        TestStudio.session("s-1")
            .activity(activity(ClassPassSettings.offered().withSpotLimit(1)))
            .layout(layout("A1", "A2"))
            .occupancy(new Occupancy(1, 1, Set.of("A1")))
            .build();

    assertThat(calculator.availability(session)).isEqualTo(new Availability(true, 0, List.of()));
  }
}
