package io.github.aggregatorsdk.classpass.spring;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.aggregatorsdk.classpass.booking.BookingServices;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.autoconfigure.registry.HealthContributorRegistryAutoConfiguration;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.health.registry.HealthContributorRegistry;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.ApplicationContext;

class ClassPassHealthAutoConfigurationTest {

  private static final String BATCH_UPDATES = "/v1/inventory/batch-updates";

  @RegisterExtension
  static final WireMockExtension classPass =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private final TestStudio studio = new TestStudio();

  private final ApplicationContextRunner runner =
      studio.syncingRunner(
          classPass.baseUrl(), "access-secret-1", ClassPassHealthAutoConfiguration.class);

  @Test
  void theIndicatorIsNamedClasspassAndRecordsDeliveredBatches() {
    classPass.stubFor(post(BATCH_UPDATES).willReturn(aResponse().withStatus(200)));
    studio.addSession("s-1");

    withRegistry().run(context -> {
      assertThat(classpassHealth(context).getStatus()).isEqualTo(Status.UP);
      assertThat(classpassHealth(context).getDetails()).containsEntry("dispatcher", "running");

      context.getBean(BookingServices.class).reservations()
          .reserve(TestStudio.reservation("r-1", "s-1", "cp-1"));

      await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
          assertThat(classpassHealth(context).getDetails())
              .containsKey("lastSuccess")
              .containsEntry("pending", 0L)
              .containsEntry("consecutiveFailures", 0));
    });
  }

  @Test
  void failedCallsShowTheirKindButNeverTheTokenOrThePayload() {
    classPass.stubFor(post(BATCH_UPDATES).willReturn(aResponse().withStatus(503)
        .withBody("{\"error\": \"maintenance for Ann Lee\"}")));
    studio.addSession("s-1");

    withRegistry().run(context -> {
      context.getBean(BookingServices.class).reservations()
          .reserve(TestStudio.reservation("r-1", "s-1", "cp-1"));

      await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
          assertThat(classpassHealth(context).getDetails())
              .containsEntry("consecutiveFailures", 1)
              .containsEntry("lastFailureType", "ClassPassApiException (HTTP 503)")
              .containsEntry("pending", 1L)
              .containsKeys("lastFailure", "oldestPendingAge"));
      Map<String, Object> details = classpassHealth(context).getDetails();
      assertThat(details.toString()).doesNotContain("access-secret-1", "Ann", "Lee");
    });
  }

  @Test
  void theIndicatorIsOffWhenManagementSaysSo() {
    runner.withPropertyValues("management.health.classpass.enabled=false")
        .run(context -> assertThat(context).doesNotHaveBean(ClassPassHealthIndicator.class));
  }

  @Test
  void withoutSpringBootHealthTheContextStartsWithoutTheIndicator() {
    runner.withClassLoader(new FilteredClassLoader("org.springframework.boot.health"))
        .run(context -> {
          assertThat(context).hasNotFailed();
          assertThat(context).doesNotHaveBean(ClassPassHealthIndicator.class);
          assertThat(context).doesNotHaveBean(ClassPassCallRecorder.class);
        });
  }

  @Test
  void theHostsOwnClasspassIndicatorWins() {
    HealthIndicator own = () -> Health.outOfService().build();

    withRegistry().withBean("classpassHealthIndicator", HealthIndicator.class, () -> own)
        .run(context -> {
          assertThat(context).doesNotHaveBean(ClassPassHealthIndicator.class);
          assertThat(context.getBean(HealthContributorRegistry.class).getContributor("classpass"))
              .isSameAs(own);
        });
  }

  /** With Boot's registry, which names indicators after their bean names. */
  private ApplicationContextRunner withRegistry() {
    return runner.withConfiguration(
        AutoConfigurations.of(HealthContributorRegistryAutoConfiguration.class));
  }

  private static Health classpassHealth(ApplicationContext context) {
    return ((HealthIndicator) context.getBean(HealthContributorRegistry.class)
        .getContributor("classpass")).health();
  }
}
