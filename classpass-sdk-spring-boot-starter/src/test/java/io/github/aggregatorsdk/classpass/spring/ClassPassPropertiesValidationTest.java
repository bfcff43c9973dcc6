package io.github.aggregatorsdk.classpass.spring;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

/** A property outside its rule stops the startup naming the property and the rule. */
class ClassPassPropertiesValidationTest {

  @Configuration(proxyBeanMethods = false)
  @EnableConfigurationProperties(ClassPassProperties.class)
  static class Bound {}

  private final ApplicationContextRunner runner =
      new ApplicationContextRunner().withUserConfiguration(Bound.class);

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "classpass.sync.batch-size=0           | classpass.sync.batch-size           | between 1 and 1000",
    "classpass.sync.max-batches-in-flight=0 | classpass.sync.max-batches-in-flight | between 1 and 64",
    "classpass.sync.lease=1s               | classpass.sync.lease                | at least 5s",
    "classpass.sync.dispatch-interval=0s   | classpass.sync.dispatch-interval    | positive duration",
    "classpass.sync.horizon=-1d            | classpass.sync.horizon              | zero or positive",
    "classpass.retry.max-attempts=0        | classpass.retry.max-attempts        | between 1 and 20",
    "classpass.retry.max-backoff=100ms     | classpass.retry.max-backoff         | at least retry.initial-backoff",
    "classpass.read-timeout=0s             | classpass.read-timeout              | positive duration",
    "classpass.sync.max-backoff=1s         | classpass.sync.max-backoff          | at least sync.initial-backoff",
    "classpass.partner-api.base-path=cp/   | classpass.partner-api.base-path     | must start with '/'",
  })
  void aValueOutsideItsRuleStopsTheStartupNamingThePropertyAndTheRule(
      String setting, String property, String rule) {
    runner.withPropertyValues(setting).run(context -> {
      assertThat(context).hasFailed();
      assertThat(PropertyFailures.describe(context.getStartupFailure()))
          .contains(property, rule);
    });
  }

  @Test
  void theDefaultsPass() {
    runner.run(context -> assertThat(context).hasNotFailed());
  }
}
