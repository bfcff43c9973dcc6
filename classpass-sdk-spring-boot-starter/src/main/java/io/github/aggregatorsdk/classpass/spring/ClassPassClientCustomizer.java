package io.github.aggregatorsdk.classpass.spring;

import io.github.aggregatorsdk.classpass.client.ClassPassClientBuilder;

/**
 * Adjusts the auto-configured {@link io.github.aggregatorsdk.classpass.client.ClassPassClient}
 * beyond what {@code classpass.*} properties offer. Declare beans of this type; they run in
 * {@link org.springframework.core.annotation.Order} order after the properties were applied.
 */
@FunctionalInterface
public interface ClassPassClientCustomizer {

  /**
   * Customises the builder before the client is built.
   *
   * @param builder the builder, already holding the configured properties; never null
   */
  void customize(ClassPassClientBuilder builder);
}
