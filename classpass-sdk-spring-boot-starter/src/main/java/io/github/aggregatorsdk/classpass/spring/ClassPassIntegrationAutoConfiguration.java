package io.github.aggregatorsdk.classpass.spring;

import io.github.aggregatorsdk.classpass.ClassPassIntegration;
import io.github.aggregatorsdk.classpass.booking.BookingEventListener;
import io.github.aggregatorsdk.classpass.booking.BookingOutcomeListener;
import io.github.aggregatorsdk.classpass.booking.BookingServices;
import io.github.aggregatorsdk.classpass.client.ClassPassClient;
import io.github.aggregatorsdk.classpass.customer.DuplicateFinder;
import io.github.aggregatorsdk.classpass.customer.MatchConflictListener;
import io.github.aggregatorsdk.classpass.mapping.PublishProblemListener;
import io.github.aggregatorsdk.classpass.outbox.DeadLetterListener;
import io.github.aggregatorsdk.classpass.outbox.DispatchListener;
import io.github.aggregatorsdk.classpass.outbox.DispatchObserver;
import io.github.aggregatorsdk.classpass.outbox.OutboxDispatcher;
import io.github.aggregatorsdk.classpass.outbox.OutboxStore;
import io.github.aggregatorsdk.classpass.partnerapi.PartnerApiObserver;
import io.github.aggregatorsdk.classpass.partnerapi.RefusedCallListener;
import io.github.aggregatorsdk.classpass.spi.BookingRepository;
import io.github.aggregatorsdk.classpass.spi.ClassSessionRepository;
import io.github.aggregatorsdk.classpass.spi.CustomerRepository;
import io.github.aggregatorsdk.classpass.spi.PartnerDirectory;
import io.github.aggregatorsdk.classpass.spi.SessionTransactions;
import io.github.aggregatorsdk.classpass.sync.FullResync;
import io.github.aggregatorsdk.classpass.sync.ScheduleSync;
import java.time.Clock;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.thread.Threading;
import org.springframework.core.env.Environment;
import org.springframework.core.task.VirtualThreadTaskExecutor;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.util.ClassUtils;

/**
 * The {@link ClassPassIntegration} over the host's five repository beans, built once, as a
 * plain-Java host builds it: the starter only translates {@code classpass.*} properties and the
 * host's listener beans into its builder. Its parts are beans too ({@link BookingServices}, {@link
 * ScheduleSync}, {@link FullResync}, {@link OutboxDispatcher}, {@link DuplicateFinder}) for the
 * host to inject. A host missing one of the repositories fails at startup with a list of all that
 * are missing.
 *
 * <p>Delivery, registration of partners and venues and the periodic full resync start once the
 * context is refreshed and stop gracefully on shutdown ({@code classpass.sync.enabled=false}
 * keeps this instance from delivering; updates are still queued, for another instance sharing the
 * JDBC outbox). A host reports its own changes by calling the {@link ScheduleSync} bean or by
 * publishing a {@link ClassSessionChangedEvent}, {@link ReservationChangedEvent} or {@link
 * VenueChangedEvent}, handled at once in the publisher's transaction (the JDBC outbox joins it).
 *
 * <p>With {@code spring.threads.virtual.enabled=true} on JDK 21 or later, every thread the
 * integration starts is virtual. None outlives the context.
 *
 * <p>Every {@link BookingEventListener} bean hears booking changes inside the session transaction
 * (its failure rolls the booking back); every {@link BookingOutcomeListener}, {@link
 * MatchConflictListener}, {@link DispatchListener}, {@link DeadLetterListener}, {@link
 * PublishProblemListener} and {@link RefusedCallListener} bean is told, in {@code @Order}, and a
 * failing one is logged and never breaks the SDK's work. A single {@link PartnerApiObserver} and
 * {@link DispatchObserver} bean (see {@link ClassPassObservationAutoConfiguration}) observes the
 * partner API's requests and the dispatcher's batches.
 */
@AutoConfiguration(
    after = {ClassPassClientAutoConfiguration.class, ClassPassOutboxAutoConfiguration.class})
@EnableConfigurationProperties(ClassPassProperties.class)
public final class ClassPassIntegrationAutoConfiguration {

  private static final boolean TRANSACTIONS_PRESENT = ClassUtils.isPresent(
      "org.springframework.transaction.support.TransactionSynchronizationManager",
      ClassPassIntegrationAutoConfiguration.class.getClassLoader());

  @Bean
  @ConditionalOnMissingBean
  HostRepositories classPassHostRepositories(
      ObjectProvider<CustomerRepository> customers,
      ObjectProvider<ClassSessionRepository> sessions,
      ObjectProvider<BookingRepository> bookings,
      ObjectProvider<SessionTransactions> transactions,
      ObjectProvider<PartnerDirectory> partners) {
    return HostRepositories.lookUp(customers, sessions, bookings, transactions, partners);
  }

  @Bean(destroyMethod = "close")
  @ConditionalOnMissingBean
  ClassPassIntegration classPassIntegration(
      HostRepositories repositories,
      ClassPassClient client,
      OutboxStore outbox,
      ClassPassProperties properties,
      ObjectProvider<BookingEventListener> bookingListeners,
      ObjectProvider<BookingOutcomeListener> outcomeListeners,
      ObjectProvider<MatchConflictListener> conflictListeners,
      ObjectProvider<DispatchListener> dispatchListeners,
      ObjectProvider<DeadLetterListener> deadLetterListeners,
      ObjectProvider<PublishProblemListener> problemListeners,
      ObjectProvider<RefusedCallListener> refusedListeners,
      ObjectProvider<PartnerApiObserver> partnerApiObserver,
      ObjectProvider<DispatchObserver> dispatchObserver,
      ObjectProvider<Clock> clock,
      Environment environment) {
    ClassPassProperties.Sync sync = properties.getSync();
    ClassPassProperties.PartnerApi partnerApi = properties.getPartnerApi();
    ClassPassIntegration.Builder builder = ClassPassIntegration.builder()
        .client(client)
        .customers(repositories.customers())
        .sessions(repositories.sessions())
        .bookings(repositories.bookings())
        .transactions(repositories.transactions())
        .partners(repositories.partners())
        .outbox(outbox)
        .partnerApiBasePath(partnerApi.getBasePath())
        .matchingPolicy(properties.getMatching().getPolicy())
        .personalDataPolicy(properties.getMatching().getPersonalData())
        .fullResyncInterval(sync.getFullResyncInterval())
        .horizon(sync.getHorizon())
        .registerOnStartup(sync.isRegisterOnStartup())
        .deliver(sync.isEnabled())
        .shutdownTimeout(sync.getShutdownTimeout())
        .afterCommit(TRANSACTIONS_PRESENT
            ? SpringTransactionalConnection::afterCommit : Runnable::run)
        .clock(clock.getIfAvailable(Clock::systemUTC))
        .dispatcher(dispatcher -> dispatcher
            .lease(sync.getLease())
            .maxBatchesInFlight(sync.getMaxBatchesInFlight())
            .retryBackoff(sync.getInitialBackoff(), sync.getMaxBackoff())
            .dispatchInterval(sync.getDispatchInterval())
            .maxAttempts(sync.getMaxAttempts())
            .maxAge(sync.getDeadLetterAge())
            .deadLetterRetention(properties.getOutbox().getDeadLetterRetention())
            .dispatchObserver(dispatchObserver.getIfUnique(DispatchObserver::none)))
        .partnerApi(handler -> handler
            .previousTokens(PartnerApiTokens.previous(partnerApi))
            .refusedCallListener(ListenerFanOut.refusedCalls(refusedListeners.orderedStream()
                .toList()))
            .observer(partnerApiObserver.getIfUnique(PartnerApiObserver::none)))
        .outcomeListener(ListenerFanOut.bookingOutcomes(outcomeListeners.orderedStream().toList()))
        .conflictListener(ListenerFanOut.conflicts(conflictListeners.orderedStream().toList()))
        .dispatchListener(ListenerFanOut.dispatches(dispatchListeners.orderedStream().toList()))
        .deadLetterListener(
            ListenerFanOut.deadLetters(deadLetterListeners.orderedStream().toList()))
        .problemListener(
            ListenerFanOut.publishProblems(problemListeners.orderedStream().toList()));
    List<BookingEventListener> hostBookingListeners = bookingListeners.orderedStream().toList();
    if (!hostBookingListeners.isEmpty()) {
      builder.bookingListener(ListenerFanOut.bookingEvents(hostBookingListeners));
    }
    PartnerApiTokens.current(partnerApi).ifPresent(builder::partnerApiToken);
    if (Threading.VIRTUAL.isActive(environment)) {
      // spring.threads.virtual.enabled on JDK 21+: the dispatcher, resync and timers too.
      builder.threadFactory(new VirtualThreadTaskExecutor("classpass-").getVirtualThreadFactory());
    }
    return builder.build();
  }

  /** Starts delivery with the context, below the web server's phase (see the lifecycle). */
  @Bean
  @ConditionalOnMissingBean
  IntegrationLifecycle classPassIntegrationLifecycle(ClassPassIntegration integration) {
    return new IntegrationLifecycle(integration);
  }

  // The parts, as beans for the host to inject; closed with the integration, not on their own.

  @Bean(destroyMethod = "")
  @ConditionalOnMissingBean
  BookingServices classPassBookingServices(ClassPassIntegration integration) {
    return integration.booking();
  }

  @Bean(destroyMethod = "")
  @ConditionalOnMissingBean
  ScheduleSync classPassScheduleSync(ClassPassIntegration integration) {
    return integration.sync();
  }

  @Bean(destroyMethod = "")
  @ConditionalOnMissingBean
  FullResync classPassFullResync(ClassPassIntegration integration) {
    return integration.fullResync();
  }

  @Bean(destroyMethod = "")
  @ConditionalOnMissingBean
  OutboxDispatcher classPassOutboxDispatcher(ClassPassIntegration integration) {
    return integration.dispatcher();
  }

  @Bean
  @ConditionalOnMissingBean
  DuplicateFinder classPassDuplicateFinder(HostRepositories repositories) {
    return new DuplicateFinder(repositories.customers());
  }

  @Bean
  @ConditionalOnMissingBean
  SyncEventListener classPassSyncEventListener(ScheduleSync sync) {
    return new SyncEventListener(sync);
  }
}
