package io.github.aggregatorsdk.classpass.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.github.aggregatorsdk.classpass.partnerapi.PartnerApiHandler;
import io.github.aggregatorsdk.classpass.spi.Activity;
import io.github.aggregatorsdk.classpass.partnerapi.PartnerApiRequest;
import io.github.aggregatorsdk.classpass.spi.BookingRepository;
import io.github.aggregatorsdk.classpass.spi.ClassPassSettings;
import io.github.aggregatorsdk.classpass.spi.ClassSession;
import io.github.aggregatorsdk.classpass.spi.ClassSessionRepository;
import io.github.aggregatorsdk.classpass.spi.CustomerRepository;
import io.github.aggregatorsdk.classpass.spi.PartnerDirectory;
import io.github.aggregatorsdk.classpass.spi.PartnerProfile;
import io.github.aggregatorsdk.classpass.spi.SessionTransactions;
import io.github.aggregatorsdk.classpass.spi.memory.InMemoryStudio;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.http.converter.autoconfigure.HttpMessageConvertersAutoConfiguration;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.boot.webmvc.autoconfigure.DispatcherServletAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.WebApplicationContext;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.cfg.DateTimeFeature;

class ClassPassPartnerApiAutoConfigurationTest {

  private static final String TOKEN = "partner-token-1";

  private final InMemoryStudio studio = new InMemoryStudio(Clock.systemUTC());

  private final WebApplicationContextRunner web =
      new WebApplicationContextRunner()
          .withConfiguration(
              AutoConfigurations.of(
                  JacksonAutoConfiguration.class,
                  HttpMessageConvertersAutoConfiguration.class,
                  DispatcherServletAutoConfiguration.class,
                  WebMvcAutoConfiguration.class,
                  ClassPassClientAutoConfiguration.class,
                  ClassPassOutboxAutoConfiguration.class,
                  ClassPassIntegrationAutoConfiguration.class,
                  ClassPassPartnerApiAutoConfiguration.class))
          .withPropertyValues("classpass.access-token=access-1", "classpass.sync.enabled=false")
          .withBean(CustomerRepository.class, studio::customers)
          .withBean(ClassSessionRepository.class, studio::sessions)
          .withBean(BookingRepository.class, studio::bookings)
          .withBean(SessionTransactions.class, studio::transactions)
          .withBean(PartnerDirectory.class, studio::partners);

  @Test
  void endpointsAnswerTheContractsJsonWhateverTheHostsJacksonSettings() {
    studio.partners().save(
        new PartnerProfile("p-1", "Downtown Yoga", null, List.of(),
            Instant.parse("2026-02-03T04:05:06Z")));
    ZonedDateTime start = ZonedDateTime.now(ZoneOffset.UTC).plusDays(1);
    studio.sessions().save(
        ClassSession.builder()
            .id("s-1").partnerId("p-1").venueId("v-1")
            .activity(new Activity("a-1", "Yoga", null, ClassPassSettings.offered(), Instant.EPOCH))
            .start(start).end(start.plusHours(1)).capacity(5).lastUpdated(Instant.EPOCH)
            .build());

    web.withPropertyValues("classpass.partner-api.token=" + TOKEN)
        .withBean(JsonMapperBuilderCustomizer.class, () -> builder -> builder
            .propertyNamingStrategy(PropertyNamingStrategies.UPPER_CAMEL_CASE)
            .enable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS))
        .withBean(HostController.class)
        .run(
            context -> {
              MockMvc mvc = mvc(context);

              // The host's own endpoint really uses its settings...
              mvc.perform(get("/host/probe"))
                  .andExpect(status().isOk())
                  .andExpect(jsonPath("$.ProbeName").value("probe"))
                  .andExpect(jsonPath("$.ProbeTime").isNumber());

              // ...and the partner API still speaks the contract: snake_case, ISO date-times.
              mvc.perform(get("/classpass/partners/p-1").header("Authorization", "Bearer " + TOKEN))
                  .andExpect(status().isOk())
                  .andExpect(jsonPath("$.partner.partner_id").value("p-1"))
                  .andExpect(jsonPath("$.partner.partner_name").value("Downtown Yoga"))
                  .andExpect(jsonPath("$.partner.last_updated").value("2026-02-03T04:05:06+00:00"));

              mvc.perform(
                      post("/classpass/reservations")
                          .header("Authorization", "Token " + TOKEN)
                          .contentType(MediaType.APPLICATION_JSON)
                          .content(
                              """
                              {"reservation_id": "r-1", "partner_id": "p-1", "venue_id": "v-1",
                               "schedule_id": "s-1",
                               "user": {"user_id": "cp-9", "first_name": "Ann", "last_name": "Lee"}}
                              """))
                  .andExpect(status().isOk())
                  .andExpect(jsonPath("$.spot_label").value(""));
              assertThat(studio.bookings().findByReservationId("r-1")).isPresent();
            });
  }

  @Test
  void wrongTokenIsAnsweredInTheContractsErrorFormat() {
    web.withPropertyValues("classpass.partner-api.token=" + TOKEN)
        .run(
            context ->
                mvc(context)
                    .perform(get("/classpass/partners").header("Authorization", "Bearer nope"))
                    .andExpect(status().isUnauthorized())
                    .andExpect(jsonPath("$.error.code").value(401))
                    .andExpect(jsonPath("$.error.name").value("UNAUTHORIZED")));
  }

  @Test
  void basePathIsConfigurable() {
    web.withPropertyValues(
            "classpass.partner-api.token=" + TOKEN, "classpass.partner-api.base-path=/integrations/cp/")
        .run(
            context -> {
              MockMvc mvc = mvc(context);
              mvc.perform(get("/integrations/cp/partners").header("Authorization", "Bearer " + TOKEN))
                  .andExpect(status().isOk())
                  .andExpect(jsonPath("$.pagination.page").value(1));
              mvc.perform(get("/classpass/partners").header("Authorization", "Bearer " + TOKEN))
                  .andExpect(status().isNotFound());
            });
  }

  @Test
  void aShortTokenStopsStartupNamingThePropertyAndTheRule() {
    web.withPropertyValues("classpass.partner-api.token=short-1")
        .run(context -> {
          assertThat(context).hasFailed();
          assertThat(new ClassPassFailureAnalyzer().analyze(context.getStartupFailure())
                  .getDescription())
              .contains("classpass.partner-api.token")
              .contains("at least 12 characters")
              .doesNotContain("short-1");
        });
  }

  @Test
  void aPreviousTokenIsAcceptedWhileTheTokenIsRotated() {
    web.withPropertyValues("classpass.partner-api.token=" + TOKEN,
            "classpass.partner-api.previous-tokens=old-token-0123456789")
        .run(context -> {
          PartnerApiHandler handler = context.getBean(PartnerApiHandler.class);
          for (String token : List.of(TOKEN, "old-token-0123456789")) {
            assertThat(handler.handle(PartnerApiRequest.of("GET", "/classpass/partners", null,
                name -> name.equalsIgnoreCase("Authorization") ? "Bearer " + token : null, null))
                .status()).isEqualTo(200);
          }
          assertThat(context.getBean(ClassPassProperties.class).toString())
              .doesNotContain("old-token-0123456789");
        });
  }

  @Test
  void enabledWithoutTokenStopsStartupNamingTheProperty() {
    web.run(
        context -> {
          assertThat(context).hasFailed();
          assertThat(new ClassPassFailureAnalyzer().analyze(context.getStartupFailure()).getDescription())
              .contains("classpass.partner-api.token");
        });
  }

  @Test
  void disabledPartnerApiNeedsNoTokenAndServesNothing() {
    web.withPropertyValues("classpass.partner-api.enabled=false")
        .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(PartnerApiHandler.class));
  }

  @Test
  void outsideAServletWebApplicationNothingIsServed() {
    new ApplicationContextRunner()
        .withConfiguration(
            AutoConfigurations.of(
                ClassPassClientAutoConfiguration.class,
                ClassPassOutboxAutoConfiguration.class,
                ClassPassIntegrationAutoConfiguration.class,
                ClassPassPartnerApiAutoConfiguration.class))
        .withPropertyValues("classpass.access-token=access-1", "classpass.sync.enabled=false")
        .withBean(CustomerRepository.class, studio::customers)
        .withBean(ClassSessionRepository.class, studio::sessions)
        .withBean(BookingRepository.class, studio::bookings)
        .withBean(SessionTransactions.class, studio::transactions)
        .withBean(PartnerDirectory.class, studio::partners)
        .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(PartnerApiHandler.class));
  }

  @Test
  void withoutSpringMvcOnTheClasspathNothingIsServed() {
    web.withPropertyValues("classpass.partner-api.token=" + TOKEN)
        .withClassLoader(new FilteredClassLoader("org.springframework.web.servlet"))
        .run(context -> assertThat(context).doesNotHaveBean(PartnerApiHandler.class));
  }

  private static MockMvc mvc(WebApplicationContext context) {
    return MockMvcBuilders.webAppContextSetup(context).build();
  }

  @RestController
  static class HostController {

    record Probe(String probeName, OffsetDateTime probeTime) {}

    @GetMapping("/host/probe")
    Probe probe() {
      return new Probe("probe", OffsetDateTime.parse("2026-01-01T10:00:00+01:00"));
    }
  }
}
