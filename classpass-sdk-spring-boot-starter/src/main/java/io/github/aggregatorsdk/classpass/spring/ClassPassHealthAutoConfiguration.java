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
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The {@code classpass} health indicator, when Spring Boot's health support is on the classpath
 * and {@code management.health.classpass.enabled} is not false.
 *
 * <p>Details: {@code dispatcher} (running, stopped), {@code consecutiveFailures}, {@code
 * lastSuccess}, {@code lastFailure} and {@code lastFailureType} of the dispatcher's batches;
 * {@code pending}, {@code oldestPendingAge} and {@code deadLetters} of the outbox. The status is
 * DOWN when the outbox cannot be read (updates cannot be queued), or when delivery is stuck: at
 * least 5 batches failed in a row and the oldest pending update waits for 15 minutes or more.
 * Otherwise UP: a short ClassPass outage is absorbed by the outbox, and dead letters (history,
 * reported to {@code DeadLetterListener} beans) only show in the details.
 */
@AutoConfiguration(after = {
  ClassPassOutboxAutoConfiguration.class,
  ClassPassSyncAutoConfiguration.class
})
@ConditionalOnClass(HealthIndicator.class)
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
        ObjectProvider<Clock> clock) {
      return new ClassPassHealthIndicator(
          outbox, calls, dispatcher, clock.getIfAvailable(Clock::systemUTC));
    }
  }
}
