package io.github.aggregatorsdk.classpass.example.studio.classpass;

import io.github.aggregatorsdk.classpass.ops.ActivityLog;
import io.github.aggregatorsdk.classpass.ops.ClassPassOperations;
import io.github.aggregatorsdk.classpass.outbox.OutboxStore;
import io.github.aggregatorsdk.classpass.spi.ClassSessionRepository;
import io.github.aggregatorsdk.classpass.spi.CustomerRepository;
import io.github.aggregatorsdk.classpass.spi.PartnerDirectory;
import io.github.aggregatorsdk.classpass.spring.ClassPassProperties;
import io.github.aggregatorsdk.classpass.sync.FullResync;
import io.github.aggregatorsdk.classpass.sync.ScheduleSync;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The SDK's {@link ClassPassOperations} for the staff pages, built from the starter's beans.
 * Stands in until the starter contributes the bean itself (issue 15, with its Actuator endpoint);
 * then this class goes. Its {@link ActivityLog} is a bean, so the starter's outbox dispatcher
 * feeds it every delivery and failure; what ClassPass called last is not fed yet.
 */
@Configuration(proxyBeanMethods = false)
class ClassPassOperationsConfiguration {

  @Bean
  ActivityLog studioClassPassActivityLog(Clock clock) {
    return new ActivityLog(clock);
  }

  @Bean(destroyMethod = "close")
  ClassPassOperations studioClassPassOperations(
      ScheduleSync sync,
      FullResync fullResync,
      OutboxStore outbox,
      PartnerDirectory partners,
      ClassSessionRepository sessions,
      CustomerRepository customers,
      ActivityLog activity,
      ClassPassProperties properties,
      Clock clock) {
    return ClassPassOperations.builder()
        .sync(sync)
        .fullResync(fullResync)
        .outbox(outbox)
        .partners(partners)
        .sessions(sessions)
        .customers(customers)
        .activity(activity)
        .horizon(properties.getSync().getHorizon())
        .clock(clock)
        .build();
  }
}
