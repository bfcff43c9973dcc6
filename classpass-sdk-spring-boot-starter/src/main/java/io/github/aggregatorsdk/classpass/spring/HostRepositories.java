package io.github.aggregatorsdk.classpass.spring;

import io.github.aggregatorsdk.classpass.spi.BookingRepository;
import io.github.aggregatorsdk.classpass.spi.ClassSessionRepository;
import io.github.aggregatorsdk.classpass.spi.CustomerRepository;
import io.github.aggregatorsdk.classpass.spi.PartnerDirectory;
import io.github.aggregatorsdk.classpass.spi.SessionTransactions;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;

/**
 * The five beans a host must declare, looked up together so that a host missing several learns
 * of all of them at once.
 */
record HostRepositories(
    CustomerRepository customers,
    ClassSessionRepository sessions,
    BookingRepository bookings,
    SessionTransactions transactions,
    PartnerDirectory partners) {

  static HostRepositories lookUp(
      ObjectProvider<CustomerRepository> customers,
      ObjectProvider<ClassSessionRepository> sessions,
      ObjectProvider<BookingRepository> bookings,
      ObjectProvider<SessionTransactions> transactions,
      ObjectProvider<PartnerDirectory> partners) {
    List<Class<?>> missing = new ArrayList<>();
    HostRepositories repositories =
        new HostRepositories(
            find(customers, CustomerRepository.class, missing),
            find(sessions, ClassSessionRepository.class, missing),
            find(bookings, BookingRepository.class, missing),
            find(transactions, SessionTransactions.class, missing),
            find(partners, PartnerDirectory.class, missing));
    if (!missing.isEmpty()) {
      throw new MissingHostRepositoryException(missing);
    }
    return repositories;
  }

  private static <T> T find(ObjectProvider<T> provider, Class<T> type, List<Class<?>> missing) {
    T bean = provider.getIfUnique();
    if (bean == null) {
      missing.add(type);
    }
    return bean;
  }
}
