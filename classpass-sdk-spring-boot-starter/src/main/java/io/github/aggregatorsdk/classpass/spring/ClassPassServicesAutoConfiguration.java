package io.github.aggregatorsdk.classpass.spring;

import io.github.aggregatorsdk.classpass.booking.BookingEventListener;
import io.github.aggregatorsdk.classpass.booking.BookingOutcomeListener;
import io.github.aggregatorsdk.classpass.booking.BookingServices;
import io.github.aggregatorsdk.classpass.customer.DuplicateFinder;
import io.github.aggregatorsdk.classpass.customer.MatchConflictListener;
import io.github.aggregatorsdk.classpass.spi.BookingRepository;
import io.github.aggregatorsdk.classpass.spi.ClassSessionRepository;
import io.github.aggregatorsdk.classpass.spi.CustomerRepository;
import io.github.aggregatorsdk.classpass.spi.PartnerDirectory;
import io.github.aggregatorsdk.classpass.spi.SessionTransactions;
import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * The booking rules and customer matching over the host's repository beans. A host missing one
 * of the five repository interfaces fails at startup with a list of all that are missing.
 */
@AutoConfiguration
@EnableConfigurationProperties(ClassPassProperties.class)
public final class ClassPassServicesAutoConfiguration {

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

  @Bean
  @ConditionalOnMissingBean
  BookingServices classPassBookingServices(
      HostRepositories repositories,
      ClassPassProperties properties,
      ObjectProvider<BookingEventListener> listeners,
      ObjectProvider<BookingOutcomeListener> outcomeListeners,
      ObjectProvider<MatchConflictListener> conflictListeners,
      ObjectProvider<Clock> clock) {
    return BookingServices.builder()
        .customers(repositories.customers())
        .sessions(repositories.sessions())
        .bookings(repositories.bookings())
        .transactions(repositories.transactions())
        .matchingPolicy(properties.getMatching().getPolicy())
        .personalDataPolicy(properties.getMatching().getPersonalData())
        // Resolved at each event, not now: the sync layer listens to bookings and needs them too.
        .listener(ListenerFanOut.bookingEvents(listeners))
        .outcomeListener(ListenerFanOut.bookingOutcomes(outcomeListeners))
        .conflictListener(
            conflict -> conflictListeners.orderedStream().forEach(l -> l.onConflict(conflict)))
        .clock(clock.getIfAvailable(Clock::systemUTC))
        .build();
  }

  @Bean
  @ConditionalOnMissingBean
  DuplicateFinder classPassDuplicateFinder(HostRepositories repositories) {
    return new DuplicateFinder(repositories.customers());
  }
}
