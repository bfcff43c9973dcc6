package io.github.aggregatorsdk.classpass.spring;

import io.github.aggregatorsdk.classpass.outbox.OutboxDispatcher;
import io.github.aggregatorsdk.classpass.outbox.OutboxStore;
import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The {@code classpass} health indicator, when Spring Boot's health support is on the classpath
 * and {@code management.health.classpass.enabled} is not false.
 *
 * <p>Details: {@code dispatcher} (running, stopped), {@code consecutiveFailures}, {@code
 * lastSuccess}, {@code lastFailure} and {@code lastFailureType} of the dispatcher's batches;
 * {@code pending}, {@code oldestPendingAge} and {@code deadLetters} of the outbox. The status is
 * DOWN when the outbox cannot be read (updates cannot be queued) or the dispatcher's thread died.
 * A ClassPass outage (at least 5 batches failed in a row and the oldest pending update waiting
 * for 15 minutes or more) shows as {@code outage: true} in the details and, by default, keeps the
 * status UP: the outbox absorbs it, and a host's load balancer must not take the studio's whole
 * app out of service for it. {@code classpass.health.down-on-outage=true} turns it DOWN. Dead
 * letters (history, reported to {@code DeadLetterListener} beans) only show in the details.
 */
@AutoConfiguration(after = {
  ClassPassOutboxAutoConfiguration.class,
  ClassPassIntegrationAutoConfiguration.class
})
@ConditionalOnClass(HealthIndicator.class)
@EnableConfigurationProperties(ClassPassProperties.class)
@ConditionalOnBean(OutboxStore.class)
public final class ClassPassHealthAutoConfiguration {

  /** Nested: its condition's class exists only where the class condition above holds. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnEnabledHealthIndicator("classpass")
  static class IndicatorConfiguration {

    @Bean
    @ConditionalOnMissingBean
    ClassPassCallRecorder classPassCallRecorder(ObjectProvider<Clock> clock) {
      return new ClassPassCallRecorder(clock.getIfAvailable(Clock::systemUTC));
    }

    /** Named so that the indicator is reported as {@code classpass}. */
    @Bean
    @ConditionalOnMissingBean(name = "classpassHealthIndicator")
    ClassPassHealthIndicator classpassHealthIndicator(
        OutboxStore outbox,
        ClassPassCallRecorder calls,
        ObjectProvider<OutboxDispatcher> dispatcher,
        ObjectProvider<Clock> clock,
        ClassPassProperties properties) {
      return new ClassPassHealthIndicator(outbox, calls, dispatcher,
          clock.getIfAvailable(Clock::systemUTC), properties.getHealth().isDownOnOutage());
    }
  }
}
