package io.github.aggregatorsdk.classpass.spring;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.aggregatorsdk.classpass.client.ClassPassClient;
import io.github.aggregatorsdk.classpass.model.Partner;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class ClassPassClientAutoConfigurationTest {

  @RegisterExtension
  static final WireMockExtension classPass =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private final ApplicationContextRunner runner =
      new ApplicationContextRunner()
          .withConfiguration(AutoConfigurations.of(ClassPassClientAutoConfiguration.class));

  @Test
  void clientFromPropertiesCallsTheConfiguredBaseUrlWithTheToken() {
    classPass.stubFor(post("/v1/inventory/partners").willReturn(aResponse().withStatus(200)));

    runner
        .withPropertyValues(
            "classpass.base-url=" + classPass.baseUrl(), "classpass.access-token=tok-123")
        .run(
            context -> {
              context.getBean(ClassPassClient.class).registerPartner(partner());

              classPass.verify(
                  postRequestedFor(urlEqualTo("/v1/inventory/partners"))
                      .withHeader("Authorization", equalTo("Token tok-123")));
            });
  }

  @Test
  void customizersAdjustTheBuilderAfterTheProperties() {
    classPass.stubFor(post("/v1/inventory/partners").willReturn(aResponse().withStatus(200)));

    runner
        .withPropertyValues(
            "classpass.base-url=https://api.example.invalid", "classpass.access-token=tok-123")
        .withBean(
            ClassPassClientCustomizer.class,
            () -> builder -> builder.baseUrl(java.net.URI.create(classPass.baseUrl())))
        .run(
            context -> {
              context.getBean(ClassPassClient.class).registerPartner(partner());

              classPass.verify(1, postRequestedFor(urlEqualTo("/v1/inventory/partners")));
            });
  }

  @Test
  void hostClientWinsOverTheAutoConfiguredOne() {
    ClassPassClient own = ClassPassClient.builder()
        .baseUrl(java.net.URI.create(classPass.baseUrl()))
        .accessToken("own")
        .build();

    runner
        .withBean(ClassPassClient.class, () -> own)
        .run(context -> assertThat(context).getBean(ClassPassClient.class).isSameAs(own));
  }

  @Test
  void missingAccessTokenStopsStartupNamingTheProperty() {
    runner.run(
        context -> {
          assertThat(context).hasFailed();
          FailureAnalysis analysis =
              new ClassPassFailureAnalyzer().analyze(context.getStartupFailure());
          assertThat(analysis.getDescription()).contains("classpass.access-token");
          assertThat(analysis.getAction()).contains("CLASSPASS_ACCESS_TOKEN");
        });
  }

  @Test
  void propertiesToStringHidesTheTokens() {
    runner
        .withPropertyValues(
            "classpass.base-url=" + classPass.baseUrl(),
            "classpass.access-token=access-secret-1",
            "classpass.partner-api.token=partner-secret-2")
        .run(
            context ->
                assertThat(context.getBean(ClassPassProperties.class).toString())
                    .doesNotContain("access-secret-1", "partner-secret-2")
                    .contains("accessToken=****"));
  }

  private static Partner partner() {
    return new Partner("p-1", "Studio", null, List.of(), OffsetDateTime.parse("2026-01-01T00:00:00+00:00"));
  }
}
