package io.github.aggregatorsdk.classpass.spring;

import io.github.aggregatorsdk.classpass.client.ClassPassClientBuilder;
import io.github.aggregatorsdk.classpass.outbox.DispatchObserver;
import io.github.aggregatorsdk.classpass.partnerapi.PartnerApiObserver;
import io.micrometer.observation.ObservationRegistry;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/**
 * Micrometer observations (timers, and spans where tracing is set up) of the ClassPass
 * integration, when Micrometer Observation is on the classpath and an {@link ObservationRegistry}
 * bean exists (Spring Boot's actuator makes one):
 *
 * <ul>
 *   <li>{@code classpass.client.requests}: every call to ClassPass, retries included; tags {@code
 *       method}, {@code endpoint}, {@code outcome} and {@code status};
 *   <li>{@code classpass.partner-api.requests}: every request ClassPass makes to the partner
 *       API; tags {@code method}, {@code route}, {@code status} and {@code code};
 *   <li>{@code classpass.dispatcher.batches}: every batch the outbox dispatcher claims and
 *       delivers; tag {@code outcome}.
 * </ul>
 *
 * <p>The client is observed through a {@link ClassPassClientCustomizer}, the partner API and the
 * dispatcher through a {@link PartnerApiObserver} and a {@link DispatchObserver} bean that the
 * integration picks up; a host bean of either type replaces this one. {@code docs/configuration.md}
 * lists every tag and its values.
 */
@AutoConfiguration(
    afterName =
        "org.springframework.boot.micrometer.observation.autoconfigure.ObservationAutoConfiguration")
@ConditionalOnClass(ObservationRegistry.class)
@ConditionalOnBean(ObservationRegistry.class)
public final class ClassPassObservationAutoConfiguration {

  @Bean
  @ConditionalOnMissingBean(name = "classPassObservationClientCustomizer")
  @Order(Ordered.HIGHEST_PRECEDENCE)
  ClassPassClientCustomizer classPassObservationClientCustomizer(ObservationRegistry registry) {
    // First, so that a host's customizer may still set an observer of its own.
    return (ClassPassClientBuilder builder) -> builder.observer(new ObservedClassPassCalls(registry));
  }

  @Bean
  @ConditionalOnMissingBean
  PartnerApiObserver classPassPartnerApiObserver(ObservationRegistry registry) {
    return new ObservedPartnerApi(registry);
  }

  @Bean
  @ConditionalOnMissingBean
  DispatchObserver classPassDispatchObserver(ObservationRegistry registry) {
    return new ObservedDispatches(registry);
  }
}
