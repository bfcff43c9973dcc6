package io.github.aggregatorsdk.classpass.spring;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import io.github.aggregatorsdk.classpass.outbox.JdbcOutboxStore;
import io.github.aggregatorsdk.classpass.outbox.OutboxStore;
import io.github.aggregatorsdk.classpass.spi.BookingRepository;
import io.github.aggregatorsdk.classpass.spi.ClassSessionRepository;
import io.github.aggregatorsdk.classpass.spi.Customer;
import io.github.aggregatorsdk.classpass.spi.CustomerRepository;
import io.github.aggregatorsdk.classpass.spi.PartnerDirectory;
import io.github.aggregatorsdk.classpass.spi.SessionTransactions;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A host with the starter alone (its repositories, an embedded H2 database, Actuator, Spring
 * Security securing its endpoints as Boot's documentation shows), on a real server, ClassPass
 * played by WireMock: partners and venues reach ClassPass at start, and {@code
 * /actuator/classpass} answers the status and runs operations over HTTP.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    classes = {ClassPassEndpointTest.Host.class, ClassPassEndpointTest.ActuatorSecurity.class},
    properties = {"classpass.access-token=access-secret-1",
        "classpass.partner-api.token=" + ClassPassEndpointTest.TOKEN,
        "classpass.retry.max-attempts=1", "classpass.sync.full-resync-interval=0",
        "management.endpoints.web.exposure.include=classpass",
        "spring.security.user.name=staff", "spring.security.user.password=staff-secret",
        "spring.security.user.roles=OPS"})
class ClassPassEndpointTest {

  static final String TOKEN = "partner-token-with-enough-length-1";
  private static final String PARTNERS = "/v1/inventory/partners";
  private static final String VENUES = "/v1/inventory/venues";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final WireMockServer CLASSPASS = new WireMockServer(wireMockConfig().dynamicPort());

  static {
    CLASSPASS.start();
    CLASSPASS.stubFor(post(urlEqualTo(PARTNERS)).willReturn(aResponse().withStatus(200)));
    CLASSPASS.stubFor(post(urlEqualTo(VENUES)).willReturn(aResponse().withStatus(200)));
    CLASSPASS.stubFor(post(urlEqualTo("/v1/inventory/batch-updates"))
        .willReturn(aResponse().withStatus(200)));
  }

  @DynamicPropertySource
  static void classPass(DynamicPropertyRegistry registry) {
    registry.add("classpass.base-url", CLASSPASS::baseUrl);
  }

  @AfterAll
  static void stopClassPass() {
    CLASSPASS.stop();
  }

  @LocalServerPort int port;
  @Autowired TestStudio studio;
  @Autowired OutboxStore outbox;

  @Test
  void theStatusNamesTheIdsClassPassListsAndTheirRegistrationAtStart() throws Exception {
    studio.studio.customers().save(new Customer("c-1", "Ann", "Lee", "ann.lee@example.org",
        "+49 30 1234", LocalDate.of(1990, 1, 2), "cp-1"));
    JsonNode listed = JSON.readTree(
        send("GET", "/classpass/partners", null, "Bearer " + TOKEN).body());
    List<String> listedIds = new ArrayList<>();
    listed.get("partners").forEach(partner -> listedIds.add(partner.get("partner_id").asText()));

    await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
      JsonNode status = status();
      assertThat(status.at("/partners/0/registration/state").asText()).isEqualTo("REGISTERED");
      assertThat(status.at("/partners/0/venues/0/registration/state").asText())
          .isEqualTo("REGISTERED");
    });
    HttpResponse<String> answer = send("GET", "/actuator/classpass", null, staff());
    JsonNode status = JSON.readTree(answer.body());
    assertThat(outbox).isInstanceOf(JdbcOutboxStore.class);
    assertThat(listedIds).containsExactly(TestStudio.PARTNER);
    assertThat(status.at("/partners/0/partnerId").asText()).isEqualTo(listedIds.get(0));
    assertThat(status.at("/partners/0/venues/0/venueId").asText()).isEqualTo(TestStudio.VENUE);
    assertThat(status.at("/inboundCalls/0/endpoint").asText()).isEqualTo("GET /partners");
    assertThat(status.at("/inboundCalls/0/lastStatus").asInt()).isEqualTo(200);
    assertThat(status.at("/updates/pending").asLong()).isZero();
    assertThat(answer.body()).doesNotContain("ann.lee@example.org", "Ann", "Lee", "1234",
        "1990", "access-secret-1", TOKEN);
    CLASSPASS.verify(postRequestedFor(urlEqualTo(PARTNERS)));
  }

  @Test
  void theEndpointNeedsTheHostsLogin() throws Exception {
    assertThat(send("GET", "/actuator/classpass", null, null).statusCode()).isEqualTo(401);
    assertThat(send("POST", "/actuator/classpass/register", "{}", null).statusCode())
        .isEqualTo(401);
    assertThat(send("GET", "/actuator/classpass", null, "Bearer " + TOKEN).statusCode())
        .as("the ClassPass token opens the partner API, not the endpoint").isEqualTo(401);
  }

  @Test
  void registerOverHttpSendsThePartnerAndVenueToClassPassAgain() throws Exception {
    int partnersBefore = CLASSPASS.findAll(postRequestedFor(urlEqualTo(PARTNERS))).size();

    HttpResponse<String> answer = send("POST", "/actuator/classpass/register", "{}", staff());

    assertThat(answer.statusCode()).isEqualTo(200);
    assertThat(JSON.readTree(answer.body()).get("queued").asInt()).isEqualTo(2);
    await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
        assertThat(CLASSPASS.findAll(postRequestedFor(urlEqualTo(PARTNERS))))
            .hasSizeGreaterThan(partnersBefore));
  }

  @Test
  void aResyncStartedOverHttpShowsItsProgressInTheStatusUntilDone() throws Exception {
    studio.addSession("s-1");
    studio.addSession("s-2");

    HttpResponse<String> answer = send("POST", "/actuator/classpass/resync",
        "{\"partnerId\":\"" + TestStudio.PARTNER + "\",\"venueId\":\"" + TestStudio.VENUE + "\"}",
        staff());

    assertThat(answer.statusCode()).isEqualTo(200);
    assertThat(JSON.readTree(answer.body()).at("/resync/venueId").asText())
        .isEqualTo(TestStudio.VENUE);
    await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
      JsonNode resync = status().get("resync");
      assertThat(resync.get("state").asText()).isEqualTo("DONE");
      assertThat(resync.get("done").asLong()).isEqualTo(resync.get("total").asLong());
      assertThat(resync.get("pushed").asLong()).isEqualTo(2);
    });
  }

  @Test
  void linkingAnIdAnotherCustomerCarriesIsRefusedNamingBoth() throws Exception {
    studio.studio.customers().save(new Customer("c-7", null, null, null, null, null, "cp-7"));
    studio.studio.customers().save(new Customer("c-8", null, null, null, null, null, null));

    HttpResponse<String> answer = send("POST", "/actuator/classpass/link",
        "{\"customerId\":\"c-8\",\"classPassUserId\":\"cp-7\"}", staff());

    JsonNode result = JSON.readTree(answer.body());
    assertThat(answer.statusCode()).isEqualTo(200);
    assertThat(result.get("outcome").asText()).isEqualTo("HELD_BY_ANOTHER_CUSTOMER");
    assertThat(result.get("message").asText()).contains("c-7", "c-8", "cp-7");
    assertThat(studio.studio.customers().findById("c-8").orElseThrow().classPassUserId())
        .isNull();
    assertThat(send("POST", "/actuator/classpass/unknown", "{}", staff()).statusCode())
        .isEqualTo(400);
    assertThat(send("POST", "/actuator/classpass/discard", "{}", staff()).statusCode())
        .as("a missing eventId").isEqualTo(400);
  }

  private JsonNode status() throws Exception {
    HttpResponse<String> answer = send("GET", "/actuator/classpass", null, staff());
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    return JSON.readTree(answer.body());
  }

  private static String staff() {
    return "Basic " + Base64.getEncoder()
        .encodeToString("staff:staff-secret".getBytes(StandardCharsets.UTF_8));
  }

  private HttpResponse<String> send(String method, String path, String json, String auth)
      throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(
        URI.create("http://127.0.0.1:" + port + path));
    if (json == null) {
      request.method(method, HttpRequest.BodyPublishers.noBody());
    } else {
      request.header("Content-Type", "application/json")
          .method(method, HttpRequest.BodyPublishers.ofString(json));
    }
    if (auth != null) {
      request.header("Authorization", auth);
    }
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  /** A host: its repositories only; the starter and Boot do the rest. */
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
  }

  /**
   * Actuator behind HTTP Basic for the role OPS, as Boot's documentation secures endpoints; CSRF
   * off for this chain only, as its clients are tools, not browsers.
   */
  @Configuration(proxyBeanMethods = false)
  static class ActuatorSecurity {

    @Bean
    SecurityFilterChain actuatorChain(HttpSecurity http) throws Exception {
      http.securityMatcher(EndpointRequest.toAnyEndpoint())
          .authorizeHttpRequests(requests -> requests.anyRequest().hasRole("OPS"))
          .httpBasic(Customizer.withDefaults())
          .csrf(csrf -> csrf.disable());
      return http.build();
    }
  }
}
