package io.github.aggregatorsdk.classpass.spring;

import io.github.aggregatorsdk.classpass.ops.ClassPassOperations;
import org.springframework.boot.actuate.autoconfigure.endpoint.condition.ConditionalOnAvailableEndpoint;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The Actuator endpoint {@code classpass}: the integration's status, and its operations as write
 * operations. Only with Actuator on the classpath, and only when the endpoint is available: as
 * with Boot's own endpoints, it is not exposed over HTTP until the host lists it in {@code
 * management.endpoints.web.exposure.include}, {@code management.endpoint.classpass.access}
 * limits it ({@code READ_ONLY} keeps the status and drops the operations), and a host with Spring
 * Security secures it like its other endpoints.
 */
@AutoConfiguration(after = ClassPassOperationsAutoConfiguration.class)
@ConditionalOnClass({Endpoint.class, ConditionalOnAvailableEndpoint.class})
@ConditionalOnBean(ClassPassOperations.class)
public final class ClassPassEndpointAutoConfiguration {

  /** Nested: its condition's class exists only where the class condition above holds. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnAvailableEndpoint(ClassPassEndpoint.class)
  static class EndpointConfiguration {

    @Bean
    @ConditionalOnMissingBean
    ClassPassEndpoint classPassEndpoint(ClassPassOperations operations) {
      return new ClassPassEndpoint(operations);
    }
  }
}
