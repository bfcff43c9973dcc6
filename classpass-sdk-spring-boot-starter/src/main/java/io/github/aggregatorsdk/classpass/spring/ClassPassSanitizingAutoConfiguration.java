package io.github.aggregatorsdk.classpass.spring;

import org.springframework.boot.actuate.endpoint.SanitizingFunction;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * Keeps the ClassPass tokens out of Actuator's {@code configprops} and {@code env} endpoints,
 * even with {@code show-values=always}, when Actuator is on the classpath.
 */
@AutoConfiguration
@ConditionalOnClass(SanitizingFunction.class)
public final class ClassPassSanitizingAutoConfiguration {

  @Bean
  @ConditionalOnMissingBean
  ClassPassTokenSanitizer classPassTokenSanitizer() {
    return new ClassPassTokenSanitizer();
  }
}
