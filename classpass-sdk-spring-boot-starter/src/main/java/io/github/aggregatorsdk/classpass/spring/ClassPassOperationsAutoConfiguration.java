package io.github.aggregatorsdk.classpass.spring;

import io.github.aggregatorsdk.classpass.ClassPassIntegration;
import io.github.aggregatorsdk.classpass.ops.ClassPassOperations;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * The {@link ClassPassOperations} of the {@link ClassPassIntegration} bean (status, dead letters,
 * registration and resync on demand, duplicates, linking), for the host's staff pages and the
 * Actuator endpoint. The integration feeds its activity log (registrations delivered, calls
 * answered by the partner API) and closes it: a resync started from it stops with the context.
 */
@AutoConfiguration(after = ClassPassIntegrationAutoConfiguration.class)
@ConditionalOnBean(ClassPassIntegration.class)
public final class ClassPassOperationsAutoConfiguration {

  /** Closed with the integration, not on its own. */
  @Bean(destroyMethod = "")
  @ConditionalOnMissingBean
  ClassPassOperations classPassOperations(ClassPassIntegration integration) {
    return integration.operations();
  }
}
