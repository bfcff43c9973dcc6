package io.github.aggregatorsdk.classpass.test.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.aggregatorsdk.classpass.test.FakeClassPass;
import io.github.aggregatorsdk.classpass.test.FakeClassPassExtension;
import io.github.aggregatorsdk.classpass.test.conformance.StudioHost.Flaw;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The runner against a correct in-memory host and against deliberately broken ones. */
class ClassPassConformanceTest {

  @RegisterExtension
  final FakeClassPassExtension classPass = new FakeClassPassExtension();

  @Test
  void aCorrectHostPassesEveryCheck() {
    try (StudioHost host = new StudioHost(Flaw.NONE, classPass.fake())) {
      ConformanceReport report = run(host, StudioHost.TOKEN);

      report.assertPassed();
      assertThat(report.results()).extracting(CheckResult::status)
          .containsOnly(CheckStatus.PASSED);
      assertThat(report.results()).hasSizeGreaterThanOrEqualTo(30);
    }
  }

  @Test
  void aHostWithoutRowLockingFailsTheRaceForTheLastSpots() {
    try (StudioHost host = new StudioHost(Flaw.NO_ROW_LOCK, classPass.fake())) {
      ConformanceReport report = run(host, StudioHost.TOKEN);

      CheckResult race = report.result("RES-6").orElseThrow();
      assertThat(race.status()).isEqualTo(CheckStatus.FAILED);
      assertThat(race.expected()).startsWith("3 booked (200)");
      assertThat(race.actual()).doesNotStartWith("3 booked");
      assertThatThrownBy(report::assertPassed).hasMessageContaining("RES-6");
    }
  }

  @Test
  void aHostThatKeepsCancelledClassesOpenFailsTheClassCancelledChecks() {
    try (StudioHost host = new StudioHost(Flaw.CANCELLED_CLASSES_STAY_OPEN, classPass.fake())) {
      ConformanceReport report = run(host, StudioHost.TOKEN);

      assertThat(report.failures()).extracting(CheckResult::id)
          .contains("CCAN-1", "CCAN-2", "CCAN-3", "CCAN-4");
      assertThat(report.result("CCAN-1").orElseThrow().actual())
          .isEqualTo("listed with \"is_cancelled\": false, \"available_spots\": 2");
      assertThat(report.result("CCAN-4").orElseThrow().actual()).contains("is_cancelled=false");
    }
  }

  @Test
  void aHostAnswering500ToBadInputFailsTheHostileInputChecks() {
    try (StudioHost host = new StudioHost(Flaw.ERROR_500_ON_BAD_INPUT, classPass.fake())) {
      ConformanceReport report = run(host, StudioHost.TOKEN);

      assertThat(report.failures()).extracting(CheckResult::id).contains("INPUT-1", "INPUT-2");
      assertThat(report.result("INPUT-1").orElseThrow().actual())
          .contains("truncated JSON: POST /reservations -> 500");
      assertThat(report.result("RES-1").orElseThrow().status()).isEqualTo(CheckStatus.PASSED);
    }
  }

  @Test
  void aRunnerGivenAnotherTokenThanTheHostsFailsAuthentication() {
    try (StudioHost host = new StudioHost(Flaw.NONE, classPass.fake())) {
      ConformanceReport report = run(host, "not-the-studios-token");

      assertThat(report.result("AUTH-4").orElseThrow().status()).isEqualTo(CheckStatus.FAILED);
      assertThat(report.result("AUTH-4").orElseThrow().actual()).contains("-> 401");
      assertThat(report.result("DISC-1").orElseThrow().status()).isEqualTo(CheckStatus.FAILED);
      assertThat(report.render()).contains("FAILED  AUTH-4");
    }
  }

  @Test
  void withoutAHostTheChecksThatNeedOneAreSkippedAndTheRestPass() {
    try (StudioHost host = new StudioHost(Flaw.NONE, classPass.fake())) {
      ConformanceReport report = ClassPassConformance.forUrl(host.baseUrl(), StudioHost.TOKEN)
          .run();

      assertThat(report.passed()).as(report.render()).isTrue();
      CheckResult race = report.result("RES-6").orElseThrow();
      assertThat(race.status()).isEqualTo(CheckStatus.SKIPPED);
      assertThat(race.expected()).contains("ConformanceHost");
      assertThat(report.result("RES-5").orElseThrow().status()).isEqualTo(CheckStatus.PASSED);
      assertThat(report.result("CAN-3").orElseThrow().status()).isEqualTo(CheckStatus.PASSED);
    }
  }

  @TestFactory
  Stream<DynamicTest> eachCheckAsADynamicTest() {
    FakeClassPass fake = FakeClassPass.start();
    StudioHost host = new StudioHost(Flaw.NONE, fake);
    try {
      ConformanceReport report = ClassPassConformance.forHost(host.baseUrl(), StudioHost.TOKEN,
          host).withFakeClassPass(fake).run();
      return ConformanceTests.of(report);
    } finally {
      host.close();
      fake.close();
    }
  }

  private ConformanceReport run(StudioHost host, String token) {
    return ClassPassConformance.forHost(host.baseUrl(), token, host)
        .withFakeClassPass(classPass.fake())
        .run();
  }
}
