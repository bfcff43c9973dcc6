package io.github.aggregatorsdk.classpass.spring;

import io.github.aggregatorsdk.classpass.ops.ActivityLog;
import io.github.aggregatorsdk.classpass.ops.ClassPassOperations;
import io.github.aggregatorsdk.classpass.outbox.OutboxStore;
import io.github.aggregatorsdk.classpass.partnerapi.AnsweredCallListener;
import io.github.aggregatorsdk.classpass.sync.FullResync;
import io.github.aggregatorsdk.classpass.sync.ScheduleSync;
import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * The {@link ClassPassOperations} (status, dead letters, registration and resync on demand,
 * duplicates, linking) over the sync beans, and the {@link ActivityLog} it reads: a dispatch
 * listener (registrations ClassPass accepted) and an answered-call listener of the partner API
 * (the last call from ClassPass). Resyncs run on a daemon thread the operations stop when the
 * context closes.
 */
@AutoConfiguration(after = ClassPassSyncAutoConfiguration.class)
@EnableConfigurationProperties(ClassPassProperties.class)
@ConditionalOnBean({ScheduleSync.class, FullResync.class, OutboxStore.class})
public final class ClassPassOperationsAutoConfiguration {

  @Bean
  @ConditionalOnMissingBean
  ActivityLog classPassActivityLog(ObjectProvider<Clock> clock) {
    return new ActivityLog(clock.getIfAvailable(Clock::systemUTC));
  }

  /** By name: a host's own answered-call listeners must not switch the status's one off. */
  @Bean
  @ConditionalOnMissingBean(name = "classPassActivityCallListener")
  AnsweredCallListener classPassActivityCallListener(ActivityLog activity) {
    return activity::callAnswered;
  }

  @Bean
  @ConditionalOnMissingBean
  ClassPassOperations classPassOperations(
      HostRepositories repositories,
      ScheduleSync sync,
      FullResync fullResync,
      OutboxStore outbox,
      ActivityLog activity,
      ClassPassProperties properties,
      ObjectProvider<Clock> clock) {
    return ClassPassOperations.builder()
        .sync(sync)
        .fullResync(fullResync)
        .outbox(outbox)
        .partners(repositories.partners())
        .sessions(repositories.sessions())
        .customers(repositories.customers())
        .horizon(properties.getSync().getHorizon())
        .activity(activity)
        .clock(clock.getIfAvailable(Clock::systemUTC))
        .build();
  }
}
