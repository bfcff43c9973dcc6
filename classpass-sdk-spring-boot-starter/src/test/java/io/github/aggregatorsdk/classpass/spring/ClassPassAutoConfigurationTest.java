package io.github.aggregatorsdk.classpass.spring;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.aggregatorsdk.classpass.ClassPassIntegration;
import io.github.aggregatorsdk.classpass.booking.BookingServices;
import io.github.aggregatorsdk.classpass.ops.ClassPassOperations;
import io.github.aggregatorsdk.classpass.client.ClassPassClient;
import io.github.aggregatorsdk.classpass.customer.DuplicateFinder;
import io.github.aggregatorsdk.classpass.outbox.InMemoryOutboxStore;
import io.github.aggregatorsdk.classpass.outbox.OutboxDispatcher;
import io.github.aggregatorsdk.classpass.outbox.OutboxStore;
import io.github.aggregatorsdk.classpass.partnerapi.PartnerApiHandler;
import io.github.aggregatorsdk.classpass.sync.FullResync;
import io.github.aggregatorsdk.classpass.sync.ScheduleSync;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.annotation.ImportCandidates;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.boot.webmvc.autoconfigure.DispatcherServletAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration;
import org.springframework.web.servlet.function.RequestPredicates;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerResponse;

/** The starter as a host gets it: every auto-configuration listed in the imports file. */
class ClassPassAutoConfigurationTest {

  private final TestStudio studio = new TestStudio();

  private static AutoConfigurations starter() {
    return AutoConfigurations.of(ImportCandidates
        .load(AutoConfiguration.class, ClassPassAutoConfigurationTest.class.getClassLoader())
        .getCandidates().stream()
        .filter(name -> name.startsWith("io.github.aggregatorsdk.classpass."))
        .map(ClassPassAutoConfigurationTest::load)
        .toArray(Class<?>[]::new));
  }

  @Test
  void aServletHostWithActuatorAndMicrometerGetsEveryPart() {
    WebApplicationContextRunner web = new WebApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(
            DispatcherServletAutoConfiguration.class, WebMvcAutoConfiguration.class))
        .withConfiguration(starter())
        .withBean(MeterRegistry.class, SimpleMeterRegistry::new)
        .withPropertyValues(
            "classpass.access-token=access-1", "classpass.partner-api.token=partner-token-1");

    studio.repositories(web).run(context -> {
      assertThat(context).hasNotFailed();
      for (Class<?> part : List.of(ClassPassClient.class, BookingServices.class,
          DuplicateFinder.class, PartnerApiHandler.class, OutboxStore.class,
          OutboxDispatcher.class, ScheduleSync.class, FullResync.class,
          SyncEventListener.class, IntegrationLifecycle.class, ClassPassIntegration.class,
          ClassPassCallRecorder.class, ClassPassHealthIndicator.class, ClassPassMetrics.class,
          ClassPassTokenSanitizer.class)) {
        assertThat(context).as(part.getSimpleName()).hasSingleBean(part);
      }
      assertThat(context).getBean(OutboxStore.class).isInstanceOf(InMemoryOutboxStore.class);
      assertThat(context.getBean(OutboxDispatcher.class).isRunning()).isTrue();
    });
  }

  @Test
  void theHostsOwnServicesHandlerAndRoutesWin() {
    DuplicateFinder duplicates = new DuplicateFinder(studio.studio.customers());
    PartnerApiHandler handler = PartnerApiHandler.builder()
        .token("own-token")
        .bookingServices(BookingServices.builder()
            .customers(studio.studio.customers()).sessions(studio.studio.sessions())
            .bookings(studio.studio.bookings()).transactions(studio.studio.transactions())
            .build())
        .sessions(studio.studio.sessions())
        .partners(studio.studio.partners())
        .build();
    RouterFunction<ServerResponse> routes =
        RouterFunctions.route(RequestPredicates.path("/own"), request -> ServerResponse.ok().build());
    WebApplicationContextRunner web = new WebApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(
            DispatcherServletAutoConfiguration.class, WebMvcAutoConfiguration.class))
        .withConfiguration(starter())
        .withPropertyValues("classpass.access-token=access-1")
        .withBean(DuplicateFinder.class, () -> duplicates)
        .withBean(PartnerApiHandler.class, () -> handler)
        .withBean("classPassPartnerApiRoutes", RouterFunction.class, () -> routes);

    studio.repositories(web).run(context -> {
      assertThat(context).getBean(DuplicateFinder.class).isSameAs(duplicates);
      assertThat(context).getBean(PartnerApiHandler.class).isSameAs(handler);
      assertThat(context.getBean("classPassPartnerApiRoutes")).isSameAs(routes);
    });
  }

  @Test
  void withoutWebActuatorMicrometerOrJdbcTheRestStillStarts() {
    ApplicationContextRunner plain = new ApplicationContextRunner()
        .withConfiguration(starter())
        .withPropertyValues("classpass.access-token=access-1")
        .withClassLoader(new FilteredClassLoader(
            "org.springframework.web", "jakarta.servlet", "org.springframework.boot.health",
            "org.springframework.boot.actuate", "io.micrometer", "org.springframework.jdbc"));

    studio.repositories(plain).run(context -> {
      assertThat(context).hasNotFailed();
      assertThat(context).hasSingleBean(BookingServices.class);
      assertThat(context).hasSingleBean(ScheduleSync.class);
      assertThat(context).getBean(OutboxStore.class).isInstanceOf(InMemoryOutboxStore.class);
      assertThat(context).doesNotHaveBean(PartnerApiHandler.class);
      assertThat(context).doesNotHaveBean(ClassPassHealthIndicator.class);
      assertThat(context).doesNotHaveBean(ClassPassMetrics.class);
      assertThat(context).doesNotHaveBean(ClassPassTokenSanitizer.class);
      assertThat(context).hasSingleBean(ClassPassOperations.class);
      assertThat(context).doesNotHaveBean(ClassPassEndpoint.class);
    });
  }

  private static Class<?> load(String name) {
    try {
      return Class.forName(name);
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(name + " is listed but does not exist", e);
    }
  }
}
