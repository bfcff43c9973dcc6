package io.github.aggregatorsdk.classpass.spring;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.aggregatorsdk.classpass.spi.BookingRepository;
import io.github.aggregatorsdk.classpass.spi.ClassSessionRepository;
import io.github.aggregatorsdk.classpass.spi.CustomerRepository;
import io.github.aggregatorsdk.classpass.spi.PartnerDirectory;
import io.github.aggregatorsdk.classpass.spi.SessionTransactions;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A host with Spring Security, on a real server: ClassPass's calls get through with the ClassPass
 * token alone (no login, no CSRF token), and the host's own pages stay as secured as before —
 * with Spring Boot's default security, and with a chain of the host's own.
 */
class ClassPassSecurityTest {

  static final String TOKEN = "partner-token-with-enough-length-1";
  static final HttpClient HTTP = HttpClient.newHttpClient();

  @Nested
  @SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
      classes = {Host.class},
      properties = {"classpass.access-token=access-1", "classpass.base-url=http://127.0.0.1:9",
          "classpass.partner-api.token=" + TOKEN, "classpass.sync.enabled=false",
          "spring.security.user.password=host-secret"})
  class WithSpringBootsDefaultSecurity {

    @LocalServerPort int port;
    @Autowired TestStudio studio;

    @Test
    void classPassBooksWithItsTokenAloneWhileTheHostStaysBehindItsLogin() throws Exception {
      studio.addSession("s-1");

      assertThat(post(port, "/classpass/reservations", reservation(), TOKEN).statusCode())
          .isEqualTo(200);
      assertThat(studio.studio.bookings().findByReservationId("r-1")).isPresent();
      HttpResponse<String> wrongToken = get(port, "/classpass/partners", "wrong-token");
      assertThat(wrongToken.statusCode()).isEqualTo(401);
      assertThat(wrongToken.body()).contains("\"error\"");
      assertThat(get(port, "/classpass/partners", TOKEN).statusCode()).isEqualTo(200);

      assertThat(get(port, "/hello", null).statusCode()).isEqualTo(401);
      assertThat(post(port, "/hello", "{}", null).statusCode()).isIn(401, 403);
    }
  }

  @Nested
  @SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
      classes = {Host.class, HostsOwnSecurity.class},
      properties = {"classpass.access-token=access-1", "classpass.base-url=http://127.0.0.1:9",
          "classpass.partner-api.token=" + TOKEN, "classpass.sync.enabled=false",
          "spring.security.user.password=host-secret"})
  class WithTheHostsOwnChain {

    @LocalServerPort int port;
    @Autowired TestStudio studio;

    @Test
    void classPassGetsThroughAndTheHostsRulesStillApplyElsewhere() throws Exception {
      studio.addSession("s-1");

      assertThat(post(port, "/classpass/reservations", reservation(), TOKEN).statusCode())
          .isEqualTo(200);
      assertThat(get(port, "/hello", null).statusCode()).as("the host's permitAll").isEqualTo(200);
      // The host's chain keeps CSRF on for its own POSTs: one without the CSRF token is refused.
      HttpResponse<String> withoutCsrf = post(port, "/hello", "{}", null);
      assertThat(withoutCsrf.statusCode()).isEqualTo(403);
    }

    @Test
    void idTheFirewallRejectsIsAnsweredInClassPassFormatOnThePartnerApiOnly() throws Exception {
      // Spring Security's firewall refuses an encoded percent or a semicolon before any chain.
      for (String id : new String[] {"p%251", "p;x=1"}) {
        HttpResponse<String> partnerApi = get(port, "/classpass/partners/" + id, TOKEN);

        assertThat(partnerApi.statusCode()).as(id).isEqualTo(400);
        assertThat(partnerApi.headers().firstValue("Content-Type")).as(id)
            .hasValue("application/json");
        assertThat(partnerApi.body()).as(id)
            .startsWith("{\"error\":{\"code\":400,\"name\":\"BAD_REQUEST\",\"message\":");
      }
      HttpResponse<String> hostPage = get(port, "/hello;x=1", null);
      assertThat(hostPage.statusCode()).isEqualTo(400);
      assertThat(hostPage.body()).doesNotContain("BAD_REQUEST");
    }

    @Test
    void pathTomcatRefusesItselfIsAnsweredInClassPassFormatOnThePartnerApiOnly()
        throws Exception {
      // Tomcat refuses an encoded NUL, slash or backslash before any filter or servlet runs.
      for (String id : new String[] {"p%001", "p%2F1", "p%5C1"}) {
        HttpResponse<String> partnerApi = get(port, "/classpass/partners/" + id, TOKEN);

        assertThat(partnerApi.statusCode()).as(id).isEqualTo(400);
        assertThat(partnerApi.headers().firstValue("Content-Type")).as(id)
            .hasValue("application/json");
        assertThat(partnerApi.body()).as(id)
            .startsWith("{\"error\":{\"code\":400,\"name\":\"BAD_REQUEST\",\"message\":")
            .doesNotContain("p%");
      }
      HttpResponse<String> withoutToken = get(port, "/classpass/partners/p%001", null);
      assertThat(withoutToken.statusCode()).isEqualTo(401);
      assertThat(withoutToken.headers().firstValue("Content-Type")).hasValue("application/json");
      HttpResponse<String> hostPage = get(port, "/hello/p%001", null);
      assertThat(hostPage.statusCode()).isEqualTo(400);
      assertThat(hostPage.body()).doesNotContain("BAD_REQUEST");
    }
  }

  static String reservation() {
    return "{\"reservation_id\":\"r-1\",\"partner_id\":\"p-1\",\"venue_id\":\"v-1\","
        + "\"schedule_id\":\"s-1\",\"user\":{\"user_id\":\"cp-1\",\"first_name\":\"Ann\","
        + "\"last_name\":\"Lee\"}}";
  }

  static HttpResponse<String> get(int port, String path, String token)
      throws IOException, InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(
        URI.create("http://127.0.0.1:" + port + path)).GET();
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  static HttpResponse<String> post(int port, String path, String json, String token)
      throws IOException, InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(
            URI.create("http://127.0.0.1:" + port + path))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json));
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  /** A host: its repositories, one page of its own. */
  @Configuration(proxyBeanMethods = false)
  @EnableAutoConfiguration
  static class Host {

    @Bean
    TestStudio testStudio() {
      return new TestStudio();
    }

    @Bean
    CustomerRepository customers(TestStudio studio) {
      return studio.studio.customers();
    }

    @Bean
    ClassSessionRepository sessions(TestStudio studio) {
      return studio.studio.sessions();
    }

    @Bean
    BookingRepository bookings(TestStudio studio) {
      return studio.studio.bookings();
    }

    @Bean
    SessionTransactions transactions(TestStudio studio) {
      return studio.studio.transactions();
    }

    @Bean
    PartnerDirectory partners(TestStudio studio) {
      return studio.studio.partners();
    }

    @Bean
    HelloController helloController() {
      return new HelloController();
    }
  }

  @RestController
  static class HelloController {

    @GetMapping("/hello")
    String hello() {
      return "hello";
    }

    @PostMapping("/hello")
    String helloPost() {
      return "posted";
    }
  }

  /** The host's own chain: its page open to all, CSRF on (Spring Security's default). */
  @Configuration(proxyBeanMethods = false)
  static class HostsOwnSecurity {

    @Bean
    SecurityFilterChain hostChain(HttpSecurity http) throws Exception {
      http.authorizeHttpRequests(requests -> requests.requestMatchers("/hello", "/error")
              .permitAll()
              .anyRequest().authenticated())
          .httpBasic(Customizer.withDefaults());
      return http.build();
    }
  }
}
