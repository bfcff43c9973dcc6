package io.github.aggregatorsdk.classpass.spring;

import io.github.aggregatorsdk.classpass.outbox.OutboxDispatcher;
import io.github.aggregatorsdk.classpass.outbox.OutboxStore;
import io.github.aggregatorsdk.classpass.partnerapi.RefusedCallListener;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * Micrometer meters of the ClassPass integration, when Micrometer is on the classpath and a
 * {@link MeterRegistry} bean exists:
 *
 * <ul>
 *   <li>{@code classpass.reservations} (counter), tag {@code outcome}: {@code reserved} or the
 *       refusal reason, such as {@code NO_CAPACITY};
 *   <li>{@code classpass.cancellations} (counter), tags {@code outcome} ({@code cancelled} or
 *       the refusal's code) and {@code late} ({@code true} for a late cancellation only);
 *   <li>{@code classpass.cancellations.late-disagreements} (counter), tag {@code
 *       classpass_says_late}: ClassPass's {@code is_late_cancel} differed from the studio's
 *       decision;
 *   <li>{@code classpass.updates.pushed} and {@code classpass.updates.failed} (counters, in
 *       events; failures tagged with the {@code exception}'s simple class name), for the
 *       dispatcher's batches;
 *   <li>{@code classpass.outbox.backlog}, {@code classpass.outbox.dead-letters} (gauges, in
 *       events) and {@code classpass.outbox.oldest-pending-age} (seconds), NaN while the outbox
 *       cannot be read;
 *   <li>{@code classpass.partner-api.refused} (counter), tag {@code route}: calls refused for a
 *       missing or wrong token;
 *   <li>{@code classpass.dispatcher.alive} (gauge): 1, or 0 once the dispatcher's thread died
 *       and nothing is delivered.
 * </ul>
 */
@AutoConfiguration(
    after = {ClassPassOutboxAutoConfiguration.class, ClassPassIntegrationAutoConfiguration.class},
    afterName = {
      "org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration",
      "org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration",
      "org.springframework.boot.micrometer.metrics.autoconfigure.export.simple.SimpleMetricsExportAutoConfiguration"
    })
@ConditionalOnClass(MeterRegistry.class)
@ConditionalOnBean({MeterRegistry.class, OutboxStore.class})
public final class ClassPassMetricsAutoConfiguration {

  @Bean
  @ConditionalOnMissingBean
  ClassPassMetrics classPassMetrics(
      MeterRegistry registry, OutboxStore outbox, ObjectProvider<Clock> clock) {
    return new ClassPassMetrics(registry, outbox, clock.getIfAvailable(Clock::systemUTC));
  }

  @Bean
  @ConditionalOnMissingBean(name = "classPassRefusedCallCounter")
  RefusedCallListener classPassRefusedCallCounter(MeterRegistry registry) {
    return route -> Counter.builder("classpass.partner-api.refused")
        .description("Calls to the partner API refused for a missing or wrong token")
        .tag("route", route)
        .register(registry)
        .increment();
  }

  @Bean
  @ConditionalOnBean(OutboxDispatcher.class)
  @ConditionalOnMissingBean(name = "classPassDispatcherMeter")
  MeterBinder classPassDispatcherMeter(OutboxDispatcher dispatcher) {
    return registry -> Gauge.builder("classpass.dispatcher.alive", dispatcher,
            d -> d.failure().isPresent() ? 0 : 1)
        .description("1 while the dispatcher's thread can deliver, 0 once it died")
        .register(registry);
  }
}
