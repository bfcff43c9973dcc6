package io.github.aggregatorsdk.classpass.spring;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.aggregatorsdk.classpass.ClassPassIntegration;
import io.github.aggregatorsdk.classpass.booking.BookingServices;
import io.github.aggregatorsdk.classpass.client.ClassPassClient;
import io.github.aggregatorsdk.classpass.outbox.DispatchObserver;
import io.github.aggregatorsdk.classpass.partnerapi.PartnerApiHandler;
import io.github.aggregatorsdk.classpass.partnerapi.PartnerApiObserver;
import io.github.aggregatorsdk.classpass.partnerapi.PartnerApiRequest;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.observation.DefaultMeterObservationHandler;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.observation.tck.TestObservationRegistry;
import io.micrometer.observation.tck.TestObservationRegistryAssert;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.micrometer.observation.autoconfigure.ObservationAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/**
 * Observations of the outbound calls and the dispatcher's batches, against ClassPass played by
 * WireMock; the partner API's are in {@link ClassPassPartnerApiObservationTest}.
 */
class ClassPassObservationAutoConfigurationTest {

  private static final String BATCH_UPDATES = "/v1/inventory/batch-updates";

  @RegisterExtension
  static final WireMockExtension classPass =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private final TestStudio studio = new TestStudio();

  private final ApplicationContextRunner runner =
      studio.syncingRunner(
              classPass.baseUrl(), "access-1", ClassPassObservationAutoConfiguration.class)
          .withBean(ObservationRegistry.class, TestObservationRegistry::create);

  @Test
  void anAcceptedPushIsObservedAsACallWithinItsDispatcherBatch() {
    classPass.stubFor(post(BATCH_UPDATES).willReturn(aResponse().withStatus(200)));
    studio.addSession("s-1");

    runner.run(context -> {
      context.getBean(BookingServices.class).reservations()
          .reserve(TestStudio.reservation("r-1", "s-1", "cp-1"));
      TestObservationRegistry registry = context.getBean(TestObservationRegistry.class);

      await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
          TestObservationRegistryAssert.assertThat(registry)
              .hasAnObservation(batch -> batch
                  .hasNameEqualTo("classpass.dispatcher.batches")
                  .hasLowCardinalityKeyValue("outcome", "SUCCESS")
                  .hasHighCardinalityKeyValue("events", "1")
                  .hasHighCardinalityKeyValue("delivered", "1")));
      TestObservationRegistryAssert.assertThat(registry)
          .hasAnObservation(call -> call
              .hasNameEqualTo("classpass.client.requests")
              .hasLowCardinalityKeyValue("method", "POST")
              .hasLowCardinalityKeyValue("endpoint", BATCH_UPDATES)
              .hasLowCardinalityKeyValue("outcome", "SUCCESS")
              .hasLowCardinalityKeyValue("status", "200")
              .hasHighCardinalityKeyValue("attempts", "1")
              .doesNotHaveError()
              .hasParentObservationContextMatching(
                  parent -> ((Observation.ContextView) parent).getName()
                      .equals("classpass.dispatcher.batches")));
    });
  }

  @Test
  void aRefusedPushIsObservedWithItsFailureClassAndStatusButNotClassPassesMessage() {
    classPass.stubFor(post(BATCH_UPDATES).willReturn(aResponse().withStatus(422)
        .withBody("{\"error\":{\"code\":4001,\"name\":\"INVALID\",\"message\":\"teacher Ann\"}}")));
    studio.addSession("s-1");

    runner.run(context -> {
      context.getBean(BookingServices.class).reservations()
          .reserve(TestStudio.reservation("r-1", "s-1", "cp-1"));
      TestObservationRegistry registry = context.getBean(TestObservationRegistry.class);

      await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
          TestObservationRegistryAssert.assertThat(registry)
              .hasAnObservation(batch -> batch
                  .hasNameEqualTo("classpass.dispatcher.batches")
                  .hasLowCardinalityKeyValue("outcome", "FAILURE")));
      TestObservationRegistryAssert.assertThat(registry)
          .hasAnObservation(call -> call
              .hasNameEqualTo("classpass.client.requests")
              .hasLowCardinalityKeyValue("endpoint", BATCH_UPDATES)
              .hasLowCardinalityKeyValue("outcome", "REJECTED")
              .hasLowCardinalityKeyValue("status", "422")
              .assertThatError()
                  .isInstanceOf(WithheldFailure.class)
                  .hasMessageContaining("HTTP 422")
                  .hasMessageNotContaining("teacher Ann"));
    });
  }

  @Test
  void aCallWithoutAnAnswerIsObservedWithoutStatus() {
    classPass.stubFor(post(BATCH_UPDATES).willReturn(aResponse()
        .withFault(Fault.CONNECTION_RESET_BY_PEER)));
    studio.addSession("s-1");

    runner.run(context -> {
      context.getBean(BookingServices.class).reservations()
          .reserve(TestStudio.reservation("r-1", "s-1", "cp-1"));
      TestObservationRegistry registry = context.getBean(TestObservationRegistry.class);

      await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
          TestObservationRegistryAssert.assertThat(registry)
              .hasAnObservation(call -> call
                  .hasNameEqualTo("classpass.client.requests")
                  .hasLowCardinalityKeyValue("outcome", "TRANSIENT")
                  .hasLowCardinalityKeyValue("status", "NONE")));
    });
  }

  @Test
  void aHostsOwnObserversReplaceTheStartersAndHearEveryBatch() {
    classPass.stubFor(post(BATCH_UPDATES).willReturn(aResponse().withStatus(200)));
    studio.addSession("s-1");
    List<Integer> batches = new CopyOnWriteArrayList<>();

    runner.withBean(DispatchObserver.class, () -> events -> new DispatchObserver.Batch() {
          @Override
          public void finished(int delivered) {
            batches.add(delivered);
          }
        })
        .run(context -> {
          assertThat(context).getBeans(DispatchObserver.class).hasSize(1);
          context.getBean(BookingServices.class).reservations()
              .reserve(TestStudio.reservation("r-1", "s-1", "cp-1"));
          await().atMost(Duration.ofSeconds(10)).until(() -> !batches.isEmpty());
          assertThat(batches).containsExactly(1);
        });
  }

  @Test
  void afterSpringBootsObservationAutoConfigurationItsRegistryIsUsed() {
    studio.syncingRunner(classPass.baseUrl(), "access-1",
            ClassPassObservationAutoConfiguration.class, ObservationAutoConfiguration.class)
        .run(context -> assertThat(context).hasSingleBean(ObservationRegistry.class)
            .hasSingleBean(DispatchObserver.class)
            .hasSingleBean(PartnerApiObserver.class)
            .hasBean("classPassObservationClientCustomizer"));
  }

  @Test
  void eachObservationIsATimerWithTheDocumentedTags() {
    classPass.stubFor(post(BATCH_UPDATES).willReturn(aResponse().withStatus(200)));
    studio.addSession("s-1");
    MeterRegistry meters = new SimpleMeterRegistry();
    ObservationRegistry observations = ObservationRegistry.create();
    observations.observationConfig().observationHandler(new DefaultMeterObservationHandler(meters));

    studio.syncingRunner(classPass.baseUrl(), "access-1",
            ClassPassObservationAutoConfiguration.class)
        .withBean(ObservationRegistry.class, () -> observations)
        .run(context -> {
          context.getBean(BookingServices.class).reservations()
              .reserve(TestStudio.reservation("r-1", "s-1", "cp-1"));

          // find, not get: Awaitility retries on assertion errors only.
          await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
              assertThat(meters.find("classpass.dispatcher.batches")
                  .tags("outcome", "SUCCESS", "error", "none").timer())
                  .isNotNull().extracting(Timer::count).isEqualTo(1L));
          assertThat(meters.get("classpass.client.requests")
              .tags("method", "POST", "endpoint", BATCH_UPDATES, "outcome", "SUCCESS",
                  "status", "200", "error", "none")
              .timer().count()).isOne();
        });
  }

  @Test
  void withoutAnObservationRegistryBeanNothingIsObserved() {
    studio.syncingRunner(classPass.baseUrl(), "access-1",
            ClassPassObservationAutoConfiguration.class)
        .run(context -> assertThat(context).hasNotFailed()
            .doesNotHaveBean(DispatchObserver.class)
            .doesNotHaveBean(PartnerApiObserver.class)
            .doesNotHaveBean("classPassObservationClientCustomizer"));
  }

  @Test
  void withoutMicrometerObservationTheIntegrationStartsUnobserved() {
    runner.withClassLoader(new FilteredClassLoader("io.micrometer.observation"))
        .withPropertyValues("classpass.partner-api.token=partner-token-1")
        .run(context -> {
          assertThat(context).hasNotFailed()
              .hasSingleBean(ClassPassClient.class)
              .doesNotHaveBean(DispatchObserver.class)
              .doesNotHaveBean(PartnerApiObserver.class);
        });
  }

  @Test
  void aRequestToTheHandlerLeavesNoObservationScopeOpen() {
    runner.withPropertyValues("classpass.sync.enabled=false",
            "classpass.partner-api.token=partner-token-1")
        .run(context -> {
          TestObservationRegistry registry = context.getBean(TestObservationRegistry.class);
          PartnerApiHandler handler = context.getBean(ClassPassIntegration.class).partnerApi();
          handler.handle(PartnerApiRequest.of("GET", "/classpass/partners", null,
              name -> name.equalsIgnoreCase("Authorization") ? "Bearer partner-token-1" : null,
              null));
          assertThat(registry.getCurrentObservation()).isNull();
          TestObservationRegistryAssert.assertThat(registry)
              .hasObservationWithNameEqualTo("classpass.partner-api.requests").that()
              .hasLowCardinalityKeyValue("route", "/partners")
              .hasLowCardinalityKeyValue("status", "200")
              .hasLowCardinalityKeyValue("code", "none");
        });
  }
}
