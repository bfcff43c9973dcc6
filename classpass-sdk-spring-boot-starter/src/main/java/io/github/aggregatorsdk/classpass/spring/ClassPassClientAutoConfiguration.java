package io.github.aggregatorsdk.classpass.spring;

import io.github.aggregatorsdk.classpass.client.ClassPassClient;
import io.github.aggregatorsdk.classpass.client.ClassPassClientBuilder;
import io.github.aggregatorsdk.classpass.client.RetrySettings;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * The {@link ClassPassClient} from {@code classpass.*} properties, adjusted by every
 * {@link ClassPassClientCustomizer} bean. Backs off when the host declares its own client.
 */
@AutoConfiguration
@EnableConfigurationProperties(ClassPassProperties.class)
public final class ClassPassClientAutoConfiguration {

  @Bean
  @ConditionalOnMissingBean
  ClassPassClient classPassClient(
      ClassPassProperties properties, ObjectProvider<ClassPassClientCustomizer> customizers) {
    ClassPassProperties.Retry retry = properties.getRetry();
    RetrySettings retries = new RetrySettings(
        retry.getMaxAttempts(), retry.getInitialBackoff(), retry.getMaxBackoff());
    String token = properties.getAccessToken();
    if (token == null || token.isBlank()) {
      throw new ClassPassConfigurationException(
          "classpass.access-token",
          "no token for the calls to ClassPass is configured",
          "Set classpass.access-token (or the CLASSPASS_ACCESS_TOKEN environment variable) to the"
              + " token ClassPass issued for your integration.");
    }
    ClassPassClientBuilder builder =
        ClassPassClient.builder()
            .environment(properties.getEnvironment())
            .accessToken(token)
            .connectTimeout(properties.getConnectTimeout())
            .readTimeout(properties.getReadTimeout())
            .retry(retries)
            .batchSize(properties.getSync().getBatchSize());
    if (properties.getBaseUrl() != null) {
      builder.baseUrl(properties.getBaseUrl());
    }
    customizers.orderedStream().forEach(customizer -> customizer.customize(builder));
    return builder.build();
  }
}
