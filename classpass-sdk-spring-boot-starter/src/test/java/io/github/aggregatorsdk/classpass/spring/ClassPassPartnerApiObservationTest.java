package io.github.aggregatorsdk.classpass.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.github.aggregatorsdk.classpass.spi.BookingRepository;
import io.github.aggregatorsdk.classpass.spi.ClassSessionRepository;
import io.github.aggregatorsdk.classpass.spi.CustomerRepository;
import io.github.aggregatorsdk.classpass.spi.PartnerDirectory;
import io.github.aggregatorsdk.classpass.spi.SessionTransactions;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.observation.tck.TestObservationRegistry;
import io.micrometer.observation.tck.TestObservationRegistryAssert;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.http.converter.autoconfigure.HttpMessageConvertersAutoConfiguration;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.boot.webmvc.autoconfigure.DispatcherServletAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

/**
 * Requests ClassPass makes through Spring MVC are observed by route and answer, and every log line
 * written while one is answered names its ids in the MDC, never personal data.
 */
class ClassPassPartnerApiObservationTest {

  private static final String TOKEN = "partner-token-1";
  private static final String AUTH = "Bearer " + TOKEN;
  private static final List<String> PERSONAL = List.of(
      "zephyrine.quill@example.org", "Zephyrine", "Quillfeather", "1987-06-05", "555 0199",
      "Evergreen", TOKEN);

  private final TestStudio studio = new TestStudio();
  private final AtomicBoolean hostFails = new AtomicBoolean();
  private final ListAppender<ILoggingEvent> logged = new ListAppender<>();
  private final org.slf4j.Logger hostLog = LoggerFactory.getLogger("host.customers");

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
                  ClassPassPartnerApiAutoConfiguration.class,
                  ClassPassObservationAutoConfiguration.class))
          .withPropertyValues("classpass.access-token=access-1", "classpass.sync.enabled=false",
              "classpass.partner-api.token=" + TOKEN)
          .withBean(ObservationRegistry.class, TestObservationRegistry::create)
          .withBean(CustomerRepository.class, () -> logging(studio.studio.customers()))
          .withBean(ClassSessionRepository.class, studio.studio::sessions)
          .withBean(BookingRepository.class, studio.studio::bookings)
          .withBean(SessionTransactions.class, studio.studio::transactions)
          .withBean(PartnerDirectory.class, studio.studio::partners);

  @BeforeEach
  void captureLogs() {
    logged.start();
    root().addAppender(logged);
  }

  @AfterEach
  void stopCapturing() {
    root().detachAppender(logged);
  }

  @Test
  void requestsAreObservedByRouteStatusAndClassPassCode() {
    studio.addSession("s-1");

    web.run(context -> {
      MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).build();
      mvc.perform(get("/classpass/partners/p-1").header("Authorization", AUTH))
          .andExpect(status().isOk());
      mvc.perform(reserve("r-1", "no-such-class")).andExpect(status().isBadRequest());
      mvc.perform(get("/classpass/partners").header("Authorization", "Bearer wrong-token-00"))
          .andExpect(status().isUnauthorized());

      TestObservationRegistry registry = context.getBean(TestObservationRegistry.class);
      TestObservationRegistryAssert.assertThat(registry)
          .hasNumberOfObservationsWithNameEqualTo("classpass.partner-api.requests", 3)
          .hasAnObservation(request -> request
              .hasNameEqualTo("classpass.partner-api.requests")
              .hasLowCardinalityKeyValue("method", "GET")
              .hasLowCardinalityKeyValue("route", "/partners/{partner_id}")
              .hasLowCardinalityKeyValue("status", "200")
              .hasLowCardinalityKeyValue("code", "none"))
          .hasAnObservation(request -> request
              .hasNameEqualTo("classpass.partner-api.requests")
              .hasLowCardinalityKeyValue("method", "POST")
              .hasLowCardinalityKeyValue("route", "/reservations")
              .hasLowCardinalityKeyValue("status", "400")
              .hasLowCardinalityKeyValue("code", "RESERVATION_EXCEPTION"))
          .hasAnObservation(request -> request
              .hasNameEqualTo("classpass.partner-api.requests")
              .hasLowCardinalityKeyValue("route", "/partners")
              .hasLowCardinalityKeyValue("status", "401")
              .hasLowCardinalityKeyValue("code", "UNAUTHORIZED"));
      assertThat(registry.getCurrentObservation()).isNull();
    });
  }

  @Test
  void logLinesWhileAReservationIsAnsweredCarryItsIdsAndNoPersonalData() {
    studio.addSession("s-1");
    studio.addSession("s-2");

    web.run(context -> {
      MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).build();
      mvc.perform(reserve("r-1", "s-1")).andExpect(status().isOk());
      hostFails.set(true);
      mvc.perform(reserve("r-2", "s-2")).andExpect(status().isInternalServerError());
    });

    List<ILoggingEvent> infoOrAbove = logged.list.stream()
        .filter(event -> event.getLevel().isGreaterOrEqual(Level.INFO)).toList();
    assertThat(infoOrAbove)
        .filteredOn(event -> event.getLoggerName().equals("host.customers"))
        .extracting(ILoggingEvent::getMDCPropertyMap)
        .contains(Map.of("classpass.reservation_id", "r-1", "classpass.partner_id", "p-1",
            "classpass.venue_id", "v-1", "classpass.schedule_id", "s-1"));
    assertThat(infoOrAbove)
        .filteredOn(event -> event.getLevel() == Level.ERROR
            && event.getFormattedMessage().contains("answered 500"))
        .singleElement()
        .satisfies(event -> assertThat(event.getMDCPropertyMap())
            .containsEntry("classpass.reservation_id", "r-2"));
    assertThat(infoOrAbove).isNotEmpty().allSatisfy(event -> {
      assertThat(event.getMDCPropertyMap().keySet())
          .allMatch(key -> key.startsWith("classpass.") && key.endsWith("_id"));
      assertThat(String.join(" ", event.getMDCPropertyMap().values()))
          .doesNotContain(PERSONAL);
      assertThat(event.getFormattedMessage()).doesNotContain(PERSONAL);
    });
    assertThat(logged.list).allSatisfy(event ->
        assertThat(event.getThreadName()).isNotNull());
  }

  private static org.springframework.test.web.servlet.RequestBuilder reserve(
      String reservationId, String scheduleId) {
    return post("/classpass/reservations")
        .header("Authorization", AUTH)
        .contentType(MediaType.APPLICATION_JSON)
        .content("""
            {"reservation_id": "%s", "partner_id": "p-1", "venue_id": "v-1",
             "schedule_id": "%s",
             "user": {"user_id": "cp-9", "first_name": "Zephyrine", "last_name": "Quillfeather",
                      "user_email": "zephyrine.quill@example.org", "birthday": "1987-06-05",
                      "phone": "+1 555 0199 4242",
                      "address": {"address_line1": "742 Evergreen Terrace", "city": "Springfield",
                                  "zip": "97403", "country": "US"}}}
            """.formatted(reservationId, scheduleId));
  }

  /** The host's customers, logging at INFO as a host would, and failing when asked to. */
  private CustomerRepository logging(CustomerRepository customers) {
    return (CustomerRepository) Proxy.newProxyInstance(getClass().getClassLoader(),
        new Class<?>[] {CustomerRepository.class}, (proxy, method, args) -> {
          hostLog.info("host looks up a customer ({})", method.getName());
          if (hostFails.get()) {
            throw new IllegalStateException("database down while saving Zephyrine");
          }
          try {
            return method.invoke(customers, args);
          } catch (InvocationTargetException e) {
            throw e.getCause();
          }
        });
  }

  private static Logger root() {
    return (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
  }
}
