package io.github.aggregatorsdk.classpass.benchmarks.reservations;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** A small run of the whole tool against the SDK's partner API; no timings are checked. */
class ReservationLoadTest {

  @Test
  void concurrentClientsFillTheClassesWithoutOverbookingThem() throws Exception {
    try (InProcessStudio studio = InProcessStudio.start(3, 5, "test-token")) {
      LoadSettings settings = LoadSettings.parse(
          "--base-url", studio.baseUrl().toString(), "--token", "test-token",
          "--clients", "4", "--warm-up", "6", "--requests", "40");

      ReservationLoad.Report report = ReservationLoad.run(settings);

      assertThat(report.before()).hasSize(3);
      long booked = report.warmUp().booked() + report.measured().booked();
      assertThat(booked).isEqualTo(15);
      assertThat(report.warmUp().requests() + report.measured().requests()).isEqualTo(46);
      assertThat(report.measured().refused(ReservationLoad.NO_CAPACITY))
          .as("refusals by code, warm-up %s, measured %s", report.warmUp().refusedByCode(),
              report.measured().refusedByCode())
          .isEqualTo(46 - 15);
      assertThat(report.measured().latencies().getTotalCount()).isEqualTo(40);
      assertThat(report.unexpectedRefusals()).isEmpty();
      assertThat(report.violations()).isEmpty();
      assertThat(report.passed()).isTrue();
    }
  }

  @Test
  void wrongTokenIsReportedAsAnUnexpectedRefusal() throws Exception {
    try (InProcessStudio studio = InProcessStudio.start(1, 5, "test-token")) {
      LoadSettings right = LoadSettings.parse(
          "--base-url", studio.baseUrl().toString(), "--token", "test-token",
          "--clients", "2", "--warm-up", "0", "--requests", "4");
      PartnerApiCalls wrong = new PartnerApiCalls(studio.baseUrl(), "wrong-token");

      LoadGenerator.Result result = new LoadGenerator(wrong, "partner-1", "venue-1",
          studio.classIds(), right.clients()).run(right.requests(), "x");

      assertThat(result.refusedByCode()).isEqualTo(Map.of(401, 4L));
      assertThat(result.booked()).isZero();
    }
  }
}
