package io.github.aggregatorsdk.classpass.spring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.context.properties.ConfigurationPropertiesReportEndpoint;
import org.springframework.boot.actuate.context.properties.ConfigurationPropertiesReportEndpoint.ConfigurationPropertiesBeanDescriptor;
import org.springframework.boot.actuate.endpoint.SanitizableData;
import org.springframework.boot.actuate.endpoint.SanitizingFunction;
import org.springframework.boot.actuate.endpoint.Show;
import org.springframework.boot.actuate.env.EnvironmentEndpoint;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.ApplicationContext;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import tools.jackson.databind.json.JsonMapper;

class ClassPassSanitizingAutoConfigurationTest {

  private static final String ACCESS_TOKEN = "access-secret-1";
  private static final String PARTNER_TOKEN = "partner-secret-2";

  /** The partner token comes as an environment variable, the access token as a property. */
  private final ApplicationContextRunner runner =
      new ApplicationContextRunner()
          .withConfiguration(AutoConfigurations.of(
              ClassPassClientAutoConfiguration.class,
              ClassPassSanitizingAutoConfiguration.class))
          .withInitializer(context -> context.getEnvironment().getPropertySources().addFirst(
              new SystemEnvironmentPropertySource("test-systemEnvironment",
                  Map.of("CLASSPASS_PARTNER_API_TOKEN", PARTNER_TOKEN))))
          .withPropertyValues(
              "classpass.access-token=" + ACCESS_TOKEN,
              "classpass.base-url=https://classpass.example.com");

  @Test
  void configpropsShowsEverySettingButTheTokensEvenWithShowValuesAlways() {
    runner.run(context -> {
      ConfigurationPropertiesReportEndpoint endpoint =
          new ConfigurationPropertiesReportEndpoint(sanitizers(context), Show.ALWAYS);
      endpoint.setApplicationContext(context);

      ConfigurationPropertiesBeanDescriptor classpass =
          endpoint.configurationPropertiesWithPrefix("classpass").getContexts().values()
              .iterator().next().getBeans().values().iterator().next();
      @SuppressWarnings("unchecked")
      Map<String, Object> partnerApi = (Map<String, Object>) classpass.getProperties()
          .get("partnerApi");

      assertThat(classpass.getProperties())
          .containsEntry("accessToken", SanitizableData.SANITIZED_VALUE)
          .containsEntry("baseUrl", "https://classpass.example.com");
      assertThat(partnerApi).containsEntry("token", SanitizableData.SANITIZED_VALUE);
      assertThat(JsonMapper.builder().build().writeValueAsString(classpass))
          .doesNotContain(ACCESS_TOKEN, PARTNER_TOKEN);
    });
  }

  @Test
  void envShowsNoTokenInAnySpellingEvenWithShowValuesAlways() {
    runner.run(context -> {
      EnvironmentEndpoint endpoint =
          new EnvironmentEndpoint(context.getEnvironment(), sanitizers(context), Show.ALWAYS);

      String everything =
          JsonMapper.builder().build().writeValueAsString(endpoint.environment(null));

      assertThat(everything)
          .contains("https://classpass.example.com", "CLASSPASS_PARTNER_API_TOKEN")
          .doesNotContain(ACCESS_TOKEN, PARTNER_TOKEN);
      assertThat(JsonMapper.builder().build().writeValueAsString(
              endpoint.environmentEntry("classpass.access-token")))
          .contains(SanitizableData.SANITIZED_VALUE)
          .doesNotContain(ACCESS_TOKEN);
    });
  }

  @Test
  void theHostsOwnSanitizersLeaveOursInPlace() {
    runner.withBean(SanitizingFunction.class, () -> data -> data)
        .run(context -> assertThat(context).hasSingleBean(ClassPassTokenSanitizer.class));
  }

  @Test
  void withoutActuatorTheContextStartsWithoutTheSanitizer() {
    runner.withClassLoader(new FilteredClassLoader("org.springframework.boot.actuate"))
        .run(context -> {
          assertThat(context).hasNotFailed();
          assertThat(context).doesNotHaveBean(ClassPassTokenSanitizer.class);
        });
  }

  private static List<SanitizingFunction> sanitizers(ApplicationContext context) {
    return context.getBeanProvider(SanitizingFunction.class).orderedStream().toList();
  }
}
