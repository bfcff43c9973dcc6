package io.github.aggregatorsdk.classpass.spring;

import io.github.aggregatorsdk.classpass.partnerapi.PartnerApiHandler;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/**
 * With Spring Security on the classpath, the partner API gets a filter chain of its own, matching
 * only {@code classpass.partner-api.base-path}: stateless, CSRF off for that path only, every
 * request let through to the SDK's handler, which checks ClassPass's token itself and answers a
 * missing or wrong one with 401 in ClassPass's error format. It is ordered before the host's
 * chains, so a host's login or CSRF rules never block ClassPass's POST and PATCH.
 *
 * <p>Requests Spring Security's firewall rejects before any chain runs are answered, for the
 * partner API's paths, in ClassPass's error format ({@code 400 BAD_REQUEST}) rather than the
 * host's error page.
 *
 * <p>The host's own security is untouched: this auto-configuration runs after Spring Boot's
 * security auto-configurations, so Boot's default chain still appears when the host declares none,
 * and a host's own chains keep applying to every other path.
 */
@AutoConfiguration(
    after = ClassPassPartnerApiAutoConfiguration.class,
    afterName = {
      "org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration",
      "org.springframework.boot.security.autoconfigure.actuate.web.servlet.ManagementWebSecurityAutoConfiguration"
    })
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass({SecurityFilterChain.class, HttpSecurity.class})
// Web security is on (Spring Boot's security auto-configuration or the host's @EnableWebSecurity).
@ConditionalOnBean(HttpSecurity.class)
@ConditionalOnBooleanProperty(name = "classpass.partner-api.enabled", matchIfMissing = true)
@EnableConfigurationProperties(ClassPassProperties.class)
public final class ClassPassSecurityAutoConfiguration {

  /** Before every chain a host declares with a default or ordinary {@code @Order}. */
  static final int ORDER = Ordered.HIGHEST_PRECEDENCE + 100;

  @Bean
  @Order(ORDER)
  @ConditionalOnMissingBean(name = "classPassPartnerApiSecurityFilterChain")
  SecurityFilterChain classPassPartnerApiSecurityFilterChain(
      HttpSecurity http, ClassPassProperties properties) throws Exception {
    String base = basePath(properties);
    PathPatternRequestMatcher.Builder paths = PathPatternRequestMatcher.withDefaults();
    http.securityMatcher(base.isEmpty() ? paths.matcher("/**") : paths.matcher(base + "/**"))
        .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
        .csrf(csrf -> csrf.disable())
        .sessionManagement(
            sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .requestCache(cache -> cache.disable())
        .formLogin(login -> login.disable())
        .httpBasic(basic -> basic.disable())
        .logout(logout -> logout.disable());
    return http.build();
  }

  /**
   * Spring Security's firewall rejects some requests before any chain runs (an encoded slash or
   * a control character in an id); for the partner API they are answered in ClassPass's error
   * format, as the partner API answers every malformed request. A host's own handler wins.
   */
  @Bean
  @ConditionalOnMissingBean(RequestRejectedHandler.class)
  RequestRejectedHandler classPassRequestRejectedHandler(
      ClassPassProperties properties, ObjectProvider<PartnerApiHandler> partnerApi) {
    return new PartnerApiRequestRejectedHandler(basePath(properties), partnerApi::getIfAvailable);
  }

  private static String basePath(ClassPassProperties properties) {
    String base = properties.getPartnerApi().getBasePath();
    return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
  }
}
