package io.github.aggregatorsdk.classpass.spring;

import io.github.aggregatorsdk.classpass.client.ClassPassClient;
import io.github.aggregatorsdk.classpass.mapping.PublishProblemListener;
import io.github.aggregatorsdk.classpass.outbox.DeadLetterListener;
import io.github.aggregatorsdk.classpass.outbox.DispatchListener;
import io.github.aggregatorsdk.classpass.outbox.OutboxDispatcher;
import io.github.aggregatorsdk.classpass.outbox.OutboxStore;
import io.github.aggregatorsdk.classpass.sync.FullResync;
import io.github.aggregatorsdk.classpass.sync.ScheduleSync;
import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.util.ClassUtils;

/**
 * Pushing the host's changes to ClassPass: the {@link ScheduleSync} (also a booking event
 * listener, so reservations and cancellations from ClassPass queue their updates), the {@link
 * OutboxDispatcher} that delivers the outbox, started after the context is refreshed and stopped
 * gracefully on shutdown, and the {@link FullResync}, run every {@code
 * classpass.sync.full-resync-interval} when set. {@code classpass.sync.enabled=false} keeps this
 * instance from delivering or resyncing; updates are still queued (for another instance sharing
 * the JDBC outbox).
 *
 * <p>Every {@link DispatchListener}, {@link DeadLetterListener} and {@link PublishProblemListener}
 * bean is told. A host reports its own changes by calling the {@link ScheduleSync} bean or by
 * publishing a {@link ClassSessionChangedEvent} or {@link ReservationChangedEvent}, handled at
 * once, inside the publisher's transaction (the JDBC outbox joins it).
 */
@AutoConfiguration(after = {
  ClassPassClientAutoConfiguration.class,
  ClassPassServicesAutoConfiguration.class,
  ClassPassOutboxAutoConfiguration.class
})
@EnableConfigurationProperties(ClassPassProperties.class)
public final class ClassPassSyncAutoConfiguration {

  @Bean
  @ConditionalOnMissingBean
  OutboxDispatcher classPassOutboxDispatcher(
      OutboxStore outbox,
      ClassPassClient client,
      ClassPassProperties properties,
      ObjectProvider<ScheduleSync> scheduleSync,
      ObjectProvider<DispatchListener> dispatchListeners,
      ObjectProvider<DeadLetterListener> deadLetterListeners,
      ObjectProvider<Clock> clock) {
    ClassPassProperties.Sync sync = properties.getSync();
    return OutboxDispatcher.builder()
        .store(outbox)
        .client(client)
        .lease(sync.getLease())
        .batchSize(sync.getBatchSize())
        .dispatchInterval(sync.getDispatchInterval())
        .maxAttempts(sync.getMaxAttempts())
        .maxAge(sync.getDeadLetterAge())
        .shutdownTimeout(sync.getShutdownTimeout())
        .deadLetterRetention(properties.getOutbox().getDeadLetterRetention())
        .onUnknownVenue((partnerId, venueId) ->
            scheduleSync.getObject().venueChanged(partnerId, venueId))
        .clock(clock.getIfAvailable(Clock::systemUTC))
        .dispatchListener(ListenerFanOut.dispatches(dispatchListeners))
        .deadLetterListener(ListenerFanOut.deadLetters(deadLetterListeners))
        .build();
  }

  @Bean
  @ConditionalOnMissingBean
  @ConditionalOnBooleanProperty(name = "classpass.sync.enabled", matchIfMissing = true)
  DispatcherLifecycle classPassDispatcherLifecycle(OutboxDispatcher dispatcher) {
    return new DispatcherLifecycle(dispatcher);
  }

  @Bean
  @ConditionalOnMissingBean
  ReleaseWindowTimers classPassReleaseWindowTimers() {
    return new ReleaseWindowTimers();
  }

  @Bean
  @ConditionalOnMissingBean
  ScheduleSync classPassScheduleSync(
      HostRepositories repositories,
      OutboxStore outbox,
      OutboxDispatcher dispatcher,
      ReleaseWindowTimers releaseWindowTimers,
      ObjectProvider<PublishProblemListener> problemListeners,
      ObjectProvider<Clock> clock) {
    return ScheduleSync.builder()
        .sessions(repositories.sessions())
        .bookings(repositories.bookings())
        .partners(repositories.partners())
        .outbox(outbox)
        .problemListener(ListenerFanOut.publishProblems(problemListeners))
        .onEnqueued(wakeAfterCommit(dispatcher))
        .clock(clock.getIfAvailable(Clock::systemUTC))
        .releaseWindowScheduler(releaseWindowTimers.executor())
        .build();
  }

  /**
   * Wakes the dispatcher once what was queued is visible to it: after the host's transaction
   * commits (when spring-tx is present), at once otherwise.
   */
  private static Runnable wakeAfterCommit(OutboxDispatcher dispatcher) {
    return TRANSACTIONS_PRESENT
        ? () -> SpringTransactionalConnection.afterCommit(dispatcher::wakeUp)
        : dispatcher::wakeUp;
  }

  private static final boolean TRANSACTIONS_PRESENT = ClassUtils.isPresent(
      "org.springframework.transaction.support.TransactionSynchronizationManager",
      ClassPassSyncAutoConfiguration.class.getClassLoader());

  @Bean
  @ConditionalOnMissingBean
  FullResync classPassFullResync(
      HostRepositories repositories,
      ClassPassClient client,
      OutboxStore outbox,
      OutboxDispatcher dispatcher,
      ClassPassProperties properties,
      ObjectProvider<PublishProblemListener> problemListeners,
      ObjectProvider<Clock> clock) {
    return FullResync.builder()
        .sessions(repositories.sessions())
        .partners(repositories.partners())
        .client(client)
        .outbox(outbox)
        .batchSize(properties.getSync().getBatchSize())
        .problemListener(ListenerFanOut.publishProblems(problemListeners))
        .onEnqueued(dispatcher::wakeUp)
        .clock(clock.getIfAvailable(Clock::systemUTC))
        .build();
  }

  @Bean
  @ConditionalOnMissingBean
  @ConditionalOnBooleanProperty(name = "classpass.sync.enabled", matchIfMissing = true)
  PeriodicFullResync classPassPeriodicFullResync(
      FullResync resync, OutboxStore outbox, OutboxDispatcher dispatcher,
      ClassPassProperties properties) {
    ClassPassProperties.Sync sync = properties.getSync();
    return new PeriodicFullResync(resync, outbox, dispatcher.ownerId(),
        sync.getFullResyncInterval(), sync.getHorizon());
  }

  @Bean
  @ConditionalOnMissingBean
  @ConditionalOnBooleanProperty(name = "classpass.sync.enabled", matchIfMissing = true)
  @ConditionalOnBooleanProperty(name = "classpass.sync.register-on-startup", matchIfMissing = true)
  StartupRegistration classPassStartupRegistration(ScheduleSync sync) {
    return new StartupRegistration(sync);
  }

  @Bean
  @ConditionalOnMissingBean
  SyncEventListener classPassSyncEventListener(ScheduleSync sync) {
    return new SyncEventListener(sync);
  }
}
