package io.github.aggregatorsdk.classpass.example.studio.simulator;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.github.aggregatorsdk.classpass.client.ClassPassClient;
import io.github.aggregatorsdk.classpass.model.Partner;
import io.github.aggregatorsdk.classpass.spring.ClassPassClientAutoConfiguration;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.mock.env.MockEnvironment;

/**
 * Whether ClassPass is simulated, and what that allows: demo tokens only for the simulator; a
 * configured ClassPass gets the calls, and without a token the app does not start.
 */
class SimulatedClassPassTest {

  private static final Partner PARTNER =
      new Partner("1", "Studio", null, List.of(), OffsetDateTime.parse("2026-11-25T10:00:00Z"));

  private static WireMockServer classPass;

  private final ApplicationContextRunner app =
      new ApplicationContextRunner()
          .withInitializer(
              context ->
                  new SimulatedClassPass(supplier -> supplier.get())
                      .postProcessEnvironment(context.getEnvironment(), null))
          .withConfiguration(AutoConfigurations.of(ClassPassClientAutoConfiguration.class))
          .withUserConfiguration(ClassPassSimulatorConfiguration.class);

  @BeforeAll
  static void startClassPass() {
    classPass = new WireMockServer(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"));
    classPass.start();
    classPass.stubFor(post(urlEqualTo("/v1/inventory/partners")).willReturn(aResponse()));
  }

  @AfterAll
  static void stopClassPass() {
    classPass.stop();
  }

  @Test
  void withNothingConfiguredTheClientTalksToTheSimulatorWithTheDemoToken() {
    app.run(
        context -> {
          context.getBean(ClassPassClient.class).registerPartner(PARTNER);

          assertThat(context.getBean(ClassPassSimulator.class).received())
              .extracting(ReceivedCall::path)
              .containsExactly("/v1/inventory/partners");
          assertThat(context.getEnvironment().getProperty("classpass.access-token"))
              .isEqualTo(SimulatedClassPass.DEMO_ACCESS_TOKEN);
          assertThat(context.getEnvironment().getProperty("server.address"))
              .isEqualTo("127.0.0.1");
        });
  }

  @Test
  void withABaseUrlTheClientTalksToItWithTheConfiguredTokenAndNoSimulatorStarts() {
    app.withPropertyValues(
            "classpass.base-url=" + classPass.baseUrl(),
            "classpass.access-token=configured-token")
        .run(
            context -> {
              context.getBean(ClassPassClient.class).registerPartner(PARTNER);

              assertThat(context).doesNotHaveBean(ClassPassSimulator.class);
              classPass.verify(
                  postRequestedFor(urlEqualTo("/v1/inventory/partners"))
                      .withHeader("Authorization", equalTo("Token configured-token")));
            });
  }

  @Test
  void withABaseUrlAndNoTokenTheAppDoesNotStart() {
    app.withPropertyValues("classpass.base-url=" + classPass.baseUrl())
        .run(
            context ->
                assertThat(context)
                    .getFailure()
                    .rootCause()
                    .hasMessageContaining("classpass.access-token"));
  }

  @Test
  void withAClassPassEnvironmentNoDemoTokenIsOffered() {
    MockEnvironment environment = new MockEnvironment().withProperty("classpass.environment",
        "production");

    new SimulatedClassPass(supplier -> supplier.get()).postProcessEnvironment(environment, null);

    assertThat(environment.containsProperty("classpass.access-token")).isFalse();
    assertThat(environment.containsProperty("classpass.partner-api.token")).isFalse();
    assertThat(environment.containsProperty("server.address")).isFalse();
  }

  @Test
  void aConfiguredTokenWinsOverTheDemoTokenInSimulatedMode() {
    MockEnvironment environment =
        new MockEnvironment().withProperty("classpass.partner-api.token", "my-token");

    new SimulatedClassPass(supplier -> supplier.get()).postProcessEnvironment(environment, null);

    assertThat(environment.getProperty("classpass.partner-api.token")).isEqualTo("my-token");
    assertThat(environment.getProperty("classpass.access-token"))
        .isEqualTo(SimulatedClassPass.DEMO_ACCESS_TOKEN);
  }
}
