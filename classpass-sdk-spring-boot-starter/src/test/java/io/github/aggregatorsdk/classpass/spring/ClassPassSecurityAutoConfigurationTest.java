package io.github.aggregatorsdk.classpass.spring;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.security.web.SecurityFilterChain;

/** The partner API's filter chain appears only where it can and should. */
class ClassPassSecurityAutoConfigurationTest {

  private final WebApplicationContextRunner runner = new WebApplicationContextRunner()
      .withConfiguration(AutoConfigurations.of(ClassPassSecurityAutoConfiguration.class));

  @Test
  void withoutSpringSecurityTheContextStartsWithoutAChain() {
    runner.withClassLoader(new FilteredClassLoader(SecurityFilterChain.class))
        .run(context -> {
          assertThat(context).hasNotFailed();
          assertThat(context).doesNotHaveBean("classPassPartnerApiSecurityFilterChain");
        });
  }

  @Test
  void aDisabledPartnerApiGetsNoChain() {
    runner.withPropertyValues("classpass.partner-api.enabled=false")
        .run(context -> assertThat(context)
            .doesNotHaveBean("classPassPartnerApiSecurityFilterChain"));
  }

  @Test
  void outsideAServletApplicationThereIsNoChain() {
    new org.springframework.boot.test.context.runner.ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(ClassPassSecurityAutoConfiguration.class))
        .run(context -> assertThat(context)
            .doesNotHaveBean("classPassPartnerApiSecurityFilterChain"));
  }
}
