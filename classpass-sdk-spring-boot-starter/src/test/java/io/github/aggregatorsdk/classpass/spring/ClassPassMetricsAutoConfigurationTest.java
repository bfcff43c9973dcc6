package io.github.aggregatorsdk.classpass.spring;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.aggregatorsdk.classpass.booking.BookingServices;
import io.github.aggregatorsdk.classpass.booking.CancellationCommand;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class ClassPassMetricsAutoConfigurationTest {

  private static final String BATCH_UPDATES = "/v1/inventory/batch-updates";

  @RegisterExtension
  static final WireMockExtension classPass =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private final TestStudio studio = new TestStudio();

  private final ApplicationContextRunner runner =
      studio.syncingRunner(classPass.baseUrl(), "access-1", ClassPassMetricsAutoConfiguration.class)
          .withBean(MeterRegistry.class, SimpleMeterRegistry::new);

  @Test
  void reservationsAndCancellationsAreCountedByOutcome() {
    studio.addSession("s-1");

    runner.withPropertyValues("classpass.sync.enabled=false").run(context -> {
      BookingServices services = context.getBean(BookingServices.class);
      services.reservations().reserve(TestStudio.reservation("r-1", "s-1", "cp-1"));
      services.reservations().reserve(TestStudio.reservation("r-2", "s-1", "cp-1"));
      services.reservations().reserve(TestStudio.reservation("r-3", "no-such-class", "cp-2"));
      services.cancellations().cancel(new CancellationCommand("r-1", TestStudio.PARTNER, null));
      services.cancellations().cancel(new CancellationCommand("r-9", TestStudio.PARTNER, null));

      MeterRegistry meters = context.getBean(MeterRegistry.class);
      assertThat(count(meters, "classpass.reservations", "outcome", "reserved")).isOne();
      assertThat(count(meters, "classpass.reservations", "outcome", "ALREADY_RESERVED"))
          .isOne();
      assertThat(count(meters, "classpass.reservations", "outcome", "RESERVATION_REFUSED"))
          .isOne();
      assertThat(meters.get("classpass.cancellations")
              .tags("outcome", "cancelled", "late", "false").counter().count())
          .isOne();
      assertThat(meters.get("classpass.cancellations")
              .tags("outcome", "CANCELLATION_REFUSED", "late", "false").counter().count())
          .isOne();
    });
  }

  @Test
  void aLateCancelDisagreementWithClassPassIsCounted() {
    studio.addSession("s-1");

    runner.withPropertyValues("classpass.sync.enabled=false").run(context -> {
      BookingServices services = context.getBean(BookingServices.class);
      services.reservations().reserve(TestStudio.reservation("r-1", "s-1", "cp-1"));
      // Two days ahead with no late-cancel window: the studio says early, ClassPass says late.
      services.cancellations().cancel(new CancellationCommand("r-1", TestStudio.PARTNER, true));

      MeterRegistry meters = context.getBean(MeterRegistry.class);
      assertThat(meters.get("classpass.cancellations.late-disagreements")
          .tags("classpass_says_late", "true").counter().count()).isOne();
    });
  }

  @Test
  void theOutboxGaugesShowTheBacklog() {
    studio.addSession("s-1");

    runner.withPropertyValues("classpass.sync.enabled=false").run(context -> {
      context.getBean(BookingServices.class).reservations()
          .reserve(TestStudio.reservation("r-1", "s-1", "cp-1"));

      MeterRegistry meters = context.getBean(MeterRegistry.class);
      assertThat(meters.get("classpass.outbox.backlog").gauge().value()).isOne();
      assertThat(meters.get("classpass.outbox.dead-letters").gauge().value()).isZero();
      assertThat(meters.get("classpass.outbox.oldest-pending-age").timeGauge().value())
          .isGreaterThanOrEqualTo(0);
    });
  }

  @Test
  void pushedUpdatesAreCounted() {
    classPass.stubFor(post(BATCH_UPDATES).willReturn(aResponse().withStatus(200)));
    studio.addSession("s-1");

    runner.run(context -> {
      context.getBean(BookingServices.class).reservations()
          .reserve(TestStudio.reservation("r-1", "s-1", "cp-1"));

      MeterRegistry meters = context.getBean(MeterRegistry.class);
      await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
          assertThat(meters.get("classpass.updates.pushed").counter().count()).isOne());
    });
  }

  @Test
  void failedUpdatesAreCountedByException() {
    classPass.stubFor(post(BATCH_UPDATES).willReturn(aResponse().withStatus(503)));
    studio.addSession("s-1");

    runner.run(context -> {
      context.getBean(BookingServices.class).reservations()
          .reserve(TestStudio.reservation("r-1", "s-1", "cp-1"));

      MeterRegistry meters = context.getBean(MeterRegistry.class);
      await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
          assertThat(count(meters, "classpass.updates.failed", "exception",
              "ClassPassApiException")).isOne());
    });
  }

  @Test
  void withoutAMeterRegistryNoMetersAreMade() {
    new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(ClassPassOutboxAutoConfiguration.class,
            ClassPassMetricsAutoConfiguration.class))
        .run(context -> assertThat(context).doesNotHaveBean(ClassPassMetrics.class));
  }

  @Test
  void withoutMicrometerTheContextStartsWithoutMeters() {
    studio.repositories(new ApplicationContextRunner())
        .withConfiguration(AutoConfigurations.of(
            ClassPassClientAutoConfiguration.class,
            ClassPassOutboxAutoConfiguration.class,
            ClassPassIntegrationAutoConfiguration.class,
            ClassPassMetricsAutoConfiguration.class))
        .withPropertyValues("classpass.access-token=access-1")
        .withClassLoader(new FilteredClassLoader("io.micrometer"))
        .run(context -> {
          assertThat(context).hasNotFailed();
          assertThat(context).doesNotHaveBean(ClassPassMetrics.class);
        });
  }

  private static double count(MeterRegistry meters, String name, String tag, String value) {
    Counter counter = meters.find(name).tag(tag, value).counter();
    return counter == null ? 0 : counter.count();
  }
}
