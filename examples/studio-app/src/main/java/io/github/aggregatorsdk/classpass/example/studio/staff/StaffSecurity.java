package io.github.aggregatorsdk.classpass.example.studio.staff;

import java.security.SecureRandom;
import java.util.HexFormat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The staff pages and actions behind a form login, with CSRF protection on every form post. The
 * partner API ({@code classpass.partner-api.base-path}) is not matched here: the starter brings
 * a filter chain of its own for it, ordered before this one, in which ClassPass's token is the
 * only check. A real app keeps its existing chain; nothing ClassPass-specific is needed in it.
 */
@Configuration(proxyBeanMethods = false)
// Not in the app started without a web server (the SPI contract tests, the demo data's tests).
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class StaffSecurity {

  private static final Logger LOG = LoggerFactory.getLogger(StaffSecurity.class);

  /** The demo's one staff user. */
  static final String DEMO_USER = "staff";

  @Bean
  SecurityFilterChain staffPages(HttpSecurity http) throws Exception {
    http.authorizeHttpRequests(
            requests ->
                requests
                    .requestMatchers("/login", "/error", "/favicon.ico")
                    .permitAll()
                    .anyRequest()
                    .authenticated())
        .formLogin(Customizer.withDefaults())
        .logout(Customizer.withDefaults());
    return http.build();
  }

  /**
   * The demo's staff user, {@value #DEMO_USER}, with {@code studio.staff.password} or, when that
   * is empty, a random password; either is logged at start, since this is a demo.
   */
  @Bean
  DemoStaffLogin demoStaffLogin(@Value("${studio.staff.password:}") String configured) {
    String password = configured.isBlank() ? randomPassword() : configured;
    LOG.warn(
        "DEMO staff login for the staff pages: user '{}', password '{}' (a demo user of this"
            + " example app; a real app signs staff in with its own accounts)",
        DEMO_USER,
        password);
    return new DemoStaffLogin(DEMO_USER, password);
  }

  @Bean
  UserDetailsService staffUsers(DemoStaffLogin login) {
    PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();
    return new InMemoryUserDetailsManager(
        User.withUsername(login.username())
            .password(encoder.encode(login.password()))
            .roles("STAFF")
            .build());
  }

  private static String randomPassword() {
    byte[] bytes = new byte[9];
    new SecureRandom().nextBytes(bytes);
    return HexFormat.of().formatHex(bytes);
  }
}
