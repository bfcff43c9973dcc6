package io.github.aggregatorsdk.classpass.spi.memory;

import io.github.aggregatorsdk.classpass.spi.Customer;
import io.github.aggregatorsdk.classpass.spi.CustomerRepository;
import io.github.aggregatorsdk.classpass.spi.NewCustomer;
import io.github.aggregatorsdk.classpass.spi.Page;
import io.github.aggregatorsdk.classpass.spi.PageRequest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Customers held in memory. Thread-safe: every method holds the repository's lock. Creation is
 * idempotent on the ClassPass user id and a ClassPass user id is carried by at most one customer;
 * e-mail lookup ignores case and surrounding whitespace. Customers are paged in the order of their
 * ids. Obtain one from {@link InMemoryStudio#customers()}.
 */
public final class InMemoryCustomerRepository implements CustomerRepository {

  private final UndoLog undoLog;
  private final Map<String, Customer> byId = new TreeMap<>();
  private final Map<String, String> idByClassPassUserId = new HashMap<>();
  private long nextId = 1;

  InMemoryCustomerRepository(UndoLog undoLog) {
    this.undoLog = undoLog;
  }

  @Override
  public synchronized Optional<Customer> findByClassPassUserId(String classPassUserId) {
    Objects.requireNonNull(classPassUserId, "classPassUserId");
    return Optional.ofNullable(idByClassPassUserId.get(classPassUserId)).map(byId::get);
  }

  @Override
  public synchronized Optional<Customer> findById(String customerId) {
    Objects.requireNonNull(customerId, "customerId");
    return Optional.ofNullable(byId.get(customerId));
  }

  @Override
  public synchronized List<Customer> findByEmail(String normalizedEmail) {
    Objects.requireNonNull(normalizedEmail, "normalizedEmail");
    String wanted = normalize(normalizedEmail);
    List<Customer> found = new ArrayList<>();
    for (Customer customer : byId.values()) {
      if (customer.email() != null && normalize(customer.email()).equals(wanted)) {
        found.add(customer);
      }
    }
    return found;
  }

  @Override
  public synchronized Customer create(NewCustomer customer) {
    Objects.requireNonNull(customer, "customer");
    Optional<Customer> existing = findByClassPassUserId(customer.classPassUserId());
    if (existing.isPresent()) {
      return existing.get();
    }
    String id;
    do {
      id = "customer-" + nextId++;
    } while (byId.containsKey(id));
    Customer created =
        new Customer(
            id,
            customer.firstName(),
            customer.lastName(),
            customer.email(),
            customer.phone(),
            customer.birthday(),
            customer.classPassUserId());
    put(created);
    return created;
  }

  @Override
  public synchronized Customer linkClassPassUserId(String customerId, String classPassUserId) {
    Objects.requireNonNull(customerId, "customerId");
    Objects.requireNonNull(classPassUserId, "classPassUserId");
    Customer customer = byId.get(customerId);
    if (customer == null) {
      throw new NoSuchElementException("no customer with id " + customerId);
    }
    if (classPassUserId.equals(customer.classPassUserId())) {
      return customer;
    }
    String holder = idByClassPassUserId.get(classPassUserId);
    if (holder != null) {
      throw new IllegalStateException(
          "ClassPass user id already carried by customer " + holder + ", not " + customerId);
    }
    if (customer.classPassUserIdIfLinked().isPresent()) {
      throw new IllegalStateException("customer " + customerId + " carries another ClassPass id");
    }
    Customer linked =
        new Customer(
            customer.id(),
            customer.firstName(),
            customer.lastName(),
            customer.email(),
            customer.phone(),
            customer.birthday(),
            classPassUserId);
    put(linked);
    return linked;
  }

  @Override
  public synchronized Customer unlinkClassPassUserId(String customerId) {
    Objects.requireNonNull(customerId, "customerId");
    Customer customer = byId.get(customerId);
    if (customer == null) {
      throw new NoSuchElementException("no customer with id " + customerId);
    }
    if (customer.classPassUserIdIfLinked().isEmpty()) {
      return customer;
    }
    Customer unlinked =
        new Customer(
            customer.id(),
            customer.firstName(),
            customer.lastName(),
            customer.email(),
            customer.phone(),
            customer.birthday(),
            null);
    put(unlinked);
    return unlinked;
  }

  @Override
  public synchronized Page<Customer> page(PageRequest page) {
    Objects.requireNonNull(page, "page");
    return Page.of(List.copyOf(byId.values()), page);
  }

  /**
   * Adds or replaces a customer as the host would, for example a walk-in customer without a
   * ClassPass id, or one whose ClassPass id staff typed in.
   *
   * @param customer the customer, with the id to store it under; never null
   * @return the stored customer
   * @throws IllegalStateException when another customer carries its ClassPass user id
   */
  public synchronized Customer save(Customer customer) {
    Objects.requireNonNull(customer, "customer");
    customer.classPassUserIdIfLinked()
        .map(idByClassPassUserId::get)
        .filter(holder -> !holder.equals(customer.id()))
        .ifPresent(
            holder -> {
              throw new IllegalStateException(
                  "ClassPass user id already carried by customer " + holder);
            });
    put(customer);
    return customer;
  }

  /** Every customer, in the order of their ids; a snapshot, never null. */
  public synchronized List<Customer> all() {
    return List.copyOf(byId.values());
  }

  private void put(Customer customer) {
    Customer previous = byId.put(customer.id(), customer);
    if (previous != null) {
      previous.classPassUserIdIfLinked().ifPresent(idByClassPassUserId::remove);
    }
    customer.classPassUserIdIfLinked()
        .ifPresent(classPassUserId -> idByClassPassUserId.put(classPassUserId, customer.id()));
    undoLog.record(() -> restore(customer, previous));
  }

  private synchronized void restore(Customer written, Customer previous) {
    written.classPassUserIdIfLinked().ifPresent(idByClassPassUserId::remove);
    if (previous == null) {
      byId.remove(written.id());
    } else {
      byId.put(previous.id(), previous);
      previous.classPassUserIdIfLinked()
          .ifPresent(classPassUserId -> idByClassPassUserId.put(classPassUserId, previous.id()));
    }
  }

  private static String normalize(String email) {
    return email.trim().toLowerCase(Locale.ROOT);
  }
}
