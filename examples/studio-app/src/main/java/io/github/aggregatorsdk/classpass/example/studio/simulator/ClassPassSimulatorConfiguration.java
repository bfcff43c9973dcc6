package io.github.aggregatorsdk.classpass.example.studio.simulator;

import io.github.aggregatorsdk.classpass.spring.ClassPassClientCustomizer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * Starts the {@link ClassPassSimulator} when ClassPass is simulated and points the starter's
 * client at it, through the starter's own extension point: everything else about the client
 * (token, timeouts, retries) comes from {@code classpass.*} as it would for a real ClassPass.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(SimulatedClassPass.Active.class)
class ClassPassSimulatorConfiguration {

  private static final Logger LOG = LoggerFactory.getLogger(ClassPassSimulatorConfiguration.class);

  @Bean
  ClassPassSimulator classPassSimulator() {
    ClassPassSimulator simulator = new ClassPassSimulator();
    LOG.info(
        "ClassPass is simulated at {}: set classpass.base-url (or classpass.environment) and the"
            + " tokens to talk to ClassPass",
        simulator.baseUrl());
    return simulator;
  }

  @Bean
  ClassPassClientCustomizer classPassSimulatorUrl(ClassPassSimulator simulator) {
    return builder -> builder.baseUrl(simulator.baseUrl());
  }
}
