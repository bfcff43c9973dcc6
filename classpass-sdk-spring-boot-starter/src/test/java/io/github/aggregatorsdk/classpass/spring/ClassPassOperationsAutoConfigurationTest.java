package io.github.aggregatorsdk.classpass.spring;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.aggregatorsdk.classpass.ClassPassIntegration;
import io.github.aggregatorsdk.classpass.ops.ClassPassOperations;
import io.github.aggregatorsdk.classpass.ops.Registration;
import io.github.aggregatorsdk.classpass.outbox.OutboxStore;
import io.github.aggregatorsdk.classpass.spi.memory.InMemoryStudio;
import io.github.aggregatorsdk.classpass.sync.FullResync;
import io.github.aggregatorsdk.classpass.sync.ScheduleSync;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class ClassPassOperationsAutoConfigurationTest {

  @RegisterExtension
  static final WireMockExtension classPass =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private final TestStudio studio = new TestStudio();

  private final ApplicationContextRunner runner = studio.syncingRunner(
      classPass.baseUrl(), "access-secret-1",
      ClassPassOperationsAutoConfiguration.class, ClassPassEndpointAutoConfiguration.class);

  @Test
  void theOperationsAreABeanAndTheEndpointIsNotUnlessExposed() {
    runner.run(context -> {
      assertThat(context).hasSingleBean(ClassPassOperations.class);
      assertThat(context.getBean(ClassPassOperations.class))
          .isSameAs(context.getBean(ClassPassIntegration.class).operations());
      assertThat(context).doesNotHaveBean(ClassPassEndpoint.class);
    });
  }

  @Test
  void theEndpointIsABeanOnceTheHostExposesIt() {
    runner.withPropertyValues("management.endpoints.web.exposure.include=classpass")
        .run(context -> assertThat(context).hasSingleBean(ClassPassEndpoint.class));
  }

  @Test
  void aDisabledEndpointIsNoBeanEvenWhenExposed() {
    runner.withPropertyValues("management.endpoints.web.exposure.include=classpass",
            "management.endpoint.classpass.access=NONE")
        .run(context -> assertThat(context).doesNotHaveBean(ClassPassEndpoint.class));
  }

  @Test
  void withoutActuatorTheOperationsStayAndTheEndpointGoes() {
    runner.withClassLoader(new FilteredClassLoader(Endpoint.class))
        .withPropertyValues("management.endpoints.web.exposure.include=classpass")
        .run(context -> {
          assertThat(context).hasNotFailed();
          assertThat(context).hasSingleBean(ClassPassOperations.class);
          assertThat(context).doesNotHaveBean(ClassPassEndpoint.class);
        });
  }

  @Test
  void theHostsOwnOperationsBeanWins() {
    runner.withBean("hostOperations", ClassPassOperations.class,
            () -> ClassPassOperations.builder().partners(studio.studio.partners())
                .sessions(studio.studio.sessions()).customers(studio.studio.customers())
                .outbox(new io.github.aggregatorsdk.classpass.outbox.InMemoryOutboxStore())
                .sync(ScheduleSync.builder().sessions(studio.studio.sessions())
                    .bookings(studio.studio.bookings()).partners(studio.studio.partners())
                    .outbox(new io.github.aggregatorsdk.classpass.outbox.InMemoryOutboxStore())
                    .build())
                .fullResync(FullResync.builder().sessions(studio.studio.sessions())
                    .partners(studio.studio.partners())
                    .client(io.github.aggregatorsdk.classpass.client.ClassPassClient.builder()
                        .baseUrl(java.net.URI.create(classPass.baseUrl()))
                        .accessToken("access-secret-1").build())
                    .outbox(new io.github.aggregatorsdk.classpass.outbox.InMemoryOutboxStore())
                    .build())
                .build())
        .run(context -> assertThat(context.getBeansOfType(ClassPassOperations.class))
            .containsOnlyKeys("hostOperations"));
  }

  @Test
  void aResyncStartedFromTheOperationsStopsWithTheContext() throws InterruptedException {
    classPass.stubFor(post(urlEqualTo("/v1/inventory/batch-updates"))
        .willReturn(aResponse().withStatus(200).withFixedDelay(500)));
    for (int i = 0; i < 300; i++) {
      studio.addSession("s-" + i);
    }
    io.github.aggregatorsdk.classpass.ops.ResyncRun[] run = {null};

    runner.withPropertyValues("classpass.sync.batch-size=10").run(context -> {
      run[0] = context.getBean(ClassPassOperations.class).resyncAll();
      await().atMost(Duration.ofSeconds(10))
          .until(() -> run[0].progress().total() == 300);
    });

    assertThat(run[0].await(Duration.ofSeconds(10))).isTrue();
    assertThat(run[0].progress().state())
        .isEqualTo(io.github.aggregatorsdk.classpass.ops.ResyncProgress.State.CANCELLED);
  }

  @Test
  void withoutTheSyncThereAreNoOperations() {
    new ApplicationContextRunner()
        .withConfiguration(org.springframework.boot.autoconfigure.AutoConfigurations.of(
            ClassPassOperationsAutoConfiguration.class, ClassPassEndpointAutoConfiguration.class))
        .withBean(InMemoryStudio.class, InMemoryStudio::new)
        .run(context -> {
          assertThat(context).hasNotFailed();
          assertThat(context).doesNotHaveBean(OutboxStore.class);
          assertThat(context).doesNotHaveBean(ClassPassOperations.class);
        });
  }

  @Test
  void registrationsTheDispatcherDeliversShowInTheStatus() {
    classPass.stubFor(post(urlEqualTo("/v1/inventory/partners"))
        .willReturn(aResponse().withStatus(200)));
    classPass.stubFor(post(urlEqualTo("/v1/inventory/venues"))
        .willReturn(aResponse().withStatus(400)));

    runner.run(context -> {
      ClassPassOperations operations = context.getBean(ClassPassOperations.class);
      assertThat(operations.registerAll()).isEqualTo(2);

      await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
        var partner = operations.status().partners().get(0);
        assertThat(partner.registration().state()).isEqualTo(Registration.State.REGISTERED);
        assertThat(partner.venues().get(0).registration().state())
            .isEqualTo(Registration.State.FAILED);
      });
      classPass.verify(1, postRequestedFor(urlEqualTo("/v1/inventory/venues")));
    });
  }
}
