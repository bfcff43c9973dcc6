package io.github.aggregatorsdk.classpass.customer;

import io.github.aggregatorsdk.classpass.spi.Customer;
import io.github.aggregatorsdk.classpass.spi.CustomerRepository;
import io.github.aggregatorsdk.classpass.spi.Page;
import io.github.aggregatorsdk.classpass.spi.PageRequest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The duplicate report: pairs of a customer carrying a ClassPass id and a customer carrying none
 * that share a normalised e-mail address, or a normalised name and a birthday. Pages through every
 * customer once and keeps what it needs in memory (proportional to the number of customers).
 * Thread-safe.
 */
public final class DuplicateFinder {

  private static final int PAGE_SIZE = 500;

  private final CustomerRepository customers;

  /**
   * A finder over the host's customers.
   *
   * @param customers the host's customers; never null
   */
  public DuplicateFinder(CustomerRepository customers) {
    this.customers = Objects.requireNonNull(customers, "customers");
  }

  /**
   * Lists the likely duplicates, each pair once with every reason that applies, ordered by the
   * ClassPass customer and then the other customer as the repository pages them.
   *
   * @return the pairs; never null, empty when none
   */
  public List<LikelyDuplicate> find() {
    List<Customer> withId = new ArrayList<>();
    Map<String, List<Customer>> withoutIdByEmail = new HashMap<>();
    Map<String, List<Customer>> withoutIdByNameAndBirthday = new HashMap<>();
    Map<String, Integer> position = new HashMap<>();
    Page.all(customers::page, PageRequest.first(PAGE_SIZE)).forEach(customer -> {
      if (customer.classPassUserIdIfLinked().isPresent()) {
        withId.add(customer);
      } else {
        position.putIfAbsent(customer.id(), position.size());
        emailKey(customer).ifPresent(key -> add(withoutIdByEmail, key, customer));
        nameKey(customer).ifPresent(key -> add(withoutIdByNameAndBirthday, key, customer));
      }
    });
    List<LikelyDuplicate> pairs = new ArrayList<>();
    for (Customer customer : withId) {
      Map<String, Candidate> candidates = new HashMap<>();
      emailKey(customer)
          .map(withoutIdByEmail::get)
          .ifPresent(found -> collect(candidates, found, DuplicateReason.SAME_EMAIL));
      nameKey(customer)
          .map(withoutIdByNameAndBirthday::get)
          .ifPresent(found -> collect(candidates, found, DuplicateReason.SAME_NAME_AND_BIRTHDAY));
      List<Candidate> ordered = new ArrayList<>(candidates.values());
      ordered.sort(Comparator.comparing(candidate -> position.get(candidate.customer().id())));
      for (Candidate candidate : ordered) {
        pairs.add(new LikelyDuplicate(customer, candidate.customer(), candidate.reasons()));
      }
    }
    return pairs;
  }

  private static Optional<String> emailKey(Customer customer) {
    return PersonalData.normalizedEmail(customer.email());
  }

  private static Optional<String> nameKey(Customer customer) {
    if (customer.birthday() == null) {
      return Optional.empty();
    }
    return PersonalData.normalizedName(customer.firstName(), customer.lastName())
        .map(name -> name + "|" + customer.birthday());
  }

  private static void add(Map<String, List<Customer>> index, String key, Customer customer) {
    index.computeIfAbsent(key, k -> new ArrayList<>()).add(customer);
  }

  private static void collect(
      Map<String, Candidate> candidates, List<Customer> found, DuplicateReason reason) {
    for (Customer customer : found) {
      candidates
          .computeIfAbsent(
              customer.id(), id -> new Candidate(customer, EnumSet.noneOf(DuplicateReason.class)))
          .reasons()
          .add(reason);
    }
  }

  private record Candidate(Customer customer, Set<DuplicateReason> reasons) {}
}
