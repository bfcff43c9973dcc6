package io.github.aggregatorsdk.classpass.benchmarks.reservations;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.aggregatorsdk.classpass.benchmarks.reservations.PartnerApiCalls.ClassSlots;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CapacityCheckTest {

  private static final Map<String, ClassSlots> BEFORE = Map.of("c1", new ClassSlots("c1", 20, 5));

  @Test
  void runThatFilledTheClassExactlyPasses() {
    assertThat(CapacityCheck.violations(BEFORE, Map.of("c1", new ClassSlots("c1", 20, 0)),
        Map.of("c1", 5L), Map.of("c1", 5L))).isEmpty();
  }

  @Test
  void moreConfirmationsThanAvailableSpotsIsOverbooking() {
    assertThat(CapacityCheck.violations(BEFORE, Map.of("c1", new ClassSlots("c1", 20, 0)),
        Map.of("c1", 6L), Map.of("c1", 6L)))
        .anySatisfy(line -> assertThat(line).contains("c1 overbooked: 6 reservations confirmed"));
  }

  @Test
  void confirmedReservationMissingFromTheAttendanceIsReported() {
    assertThat(CapacityCheck.violations(BEFORE, Map.of("c1", new ClassSlots("c1", 20, 2)),
        Map.of("c1", 3L), Map.of("c1", 2L)))
        .containsExactly("class c1: 3 reservations confirmed, but the attendance lists 2 of them"
            + " as enrolled");
  }

  @Test
  void availableSpotsThatDoNotGoDownByTheConfirmationsAreReported() {
    assertThat(CapacityCheck.violations(BEFORE, Map.of("c1", new ClassSlots("c1", 20, 4)),
        Map.of("c1", 3L), Map.of("c1", 3L)))
        .containsExactly("class c1: 5 spots available before, 3 confirmed, but 4 available after");
  }

  @Test
  void classNoLongerListedAfterTheRunIsReported() {
    assertThat(CapacityCheck.violations(BEFORE, Map.of(), Map.of(), Map.of()))
        .containsExactly("class c1 is no longer listed");
  }
}
