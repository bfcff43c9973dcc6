package io.github.aggregatorsdk.classpass.customer;

import io.github.aggregatorsdk.classpass.spi.Customer;
import io.github.aggregatorsdk.classpass.spi.CustomerRepository;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds the host customer for a ClassPass user, creating one when needed, and links ClassPass ids
 * to customers by hand. Thread-safe; it keeps no state of its own.
 *
 * <p>Matching looks up the ClassPass user id first. Under {@link
 * MatchingPolicy#CLASSPASS_ID_THEN_EMAIL} it then looks up the normalised e-mail (trimmed,
 * lower-cased): when exactly one customer with that e-mail carries no ClassPass id, the id is
 * linked to that customer, whatever other customers with the e-mail carry. When every such
 * customer carries a different id, or several carry none, a new customer is created and the
 * {@link MatchConflict} is returned so that staff can review it. A new customer receives what the
 * {@link PersonalDataPolicy} allows. Nothing personal is logged.
 */
public final class CustomerMatcher {

  private static final Logger LOG = LoggerFactory.getLogger(CustomerMatcher.class);

  private final CustomerRepository customers;
  private final MatchingPolicy matching;
  private final PersonalDataPolicy personalData;

  /**
   * A matcher.
   *
   * @param customers the host's customers; never null
   * @param matching how users are matched; never null
   * @param personalData what new customers receive; never null
   */
  public CustomerMatcher(
      CustomerRepository customers, MatchingPolicy matching, PersonalDataPolicy personalData) {
    this.customers = Objects.requireNonNull(customers, "customers");
    this.matching = Objects.requireNonNull(matching, "matching");
    this.personalData = Objects.requireNonNull(personalData, "personalData");
  }

  /** The matching policy in force; never null. */
  public MatchingPolicy matchingPolicy() {
    return matching;
  }

  /** The personal-data policy in force; never null. */
  public PersonalDataPolicy personalDataPolicy() {
    return personalData;
  }

  /**
   * Finds, links or creates the customer for a ClassPass user. Writes (a link or a new customer),
   * so the booking code calls it inside the session transaction, only once the booking will be
   * made.
   *
   * @param user the ClassPass user; never null, with a user id that is not blank
   * @return the customer and how it was found; never null
   * @throws IllegalArgumentException when the user id is blank
   */
  public CustomerMatch match(ClassPassMember user) {
    Objects.requireNonNull(user, "user");
    String userId = user.userId();
    if (userId == null || userId.isBlank()) {
      throw new IllegalArgumentException("the ClassPass user id is missing");
    }
    Optional<Customer> carrying = customers.findByClassPassUserId(userId);
    if (carrying.isPresent()) {
      LOG.debug("ClassPass user {} is customer {}", userId, carrying.get().id());
      return new CustomerMatch(
          carrying.get(), CustomerMatch.Outcome.FOUND_BY_CLASSPASS_ID, Optional.empty());
    }
    Optional<String> email = PersonalData.normalizedEmail(user.email());
    if (matching == MatchingPolicy.CLASSPASS_ID_THEN_EMAIL && email.isPresent()) {
      return matchByEmail(user, email.get());
    }
    return new CustomerMatch(create(user), CustomerMatch.Outcome.CREATED, Optional.empty());
  }

  private CustomerMatch matchByEmail(ClassPassMember user, String email) {
    List<Customer> candidates = customers.findByEmail(email);
    List<Customer> unlinked =
        candidates.stream().filter(c -> c.classPassUserIdIfLinked().isEmpty()).toList();
    if (unlinked.size() == 1) {
      Customer linked = customers.linkClassPassUserId(unlinked.get(0).id(), user.userId());
      LOG.debug("ClassPass user {} linked to customer {} by e-mail", user.userId(), linked.id());
      return new CustomerMatch(linked, CustomerMatch.Outcome.LINKED_BY_EMAIL, Optional.empty());
    }
    Customer created = create(user);
    if (candidates.isEmpty()) {
      return new CustomerMatch(created, CustomerMatch.Outcome.CREATED, Optional.empty());
    }
    MatchConflict.Reason reason =
        unlinked.isEmpty()
            ? MatchConflict.Reason.EMAIL_CUSTOMER_HAS_OTHER_CLASSPASS_ID
            : MatchConflict.Reason.EMAIL_MATCHES_SEVERAL_CUSTOMERS;
    List<String> candidateIds =
        (unlinked.isEmpty() ? candidates : unlinked).stream().map(Customer::id).toList();
    LOG.debug(
        "ClassPass user {} not linked by e-mail ({}, customers {}); created customer {}",
        user.userId(),
        reason,
        candidateIds,
        created.id());
    return new CustomerMatch(
        created,
        CustomerMatch.Outcome.CREATED,
        Optional.of(new MatchConflict(reason, user.userId(), candidateIds, created.id())));
  }

  private Customer create(ClassPassMember user) {
    Customer created =
        customers.create(PersonalData.newCustomer(user, personalData));
    LOG.debug("ClassPass user {} became customer {}", user.userId(), created.id());
    return created;
  }

  /**
   * Links a ClassPass user id to a customer by hand, as staff do when they type it into the
   * customer's profile. Refuses, without writing, when another customer carries the id, when the
   * customer carries a different one, or when the customer is unknown. Not atomic with concurrent
   * bookings: should one link the id elsewhere in between, the repository's unique constraint
   * makes this call throw.
   *
   * @param customerId the host's customer id; never null
   * @param classPassUserId the ClassPass user id; never null or blank, surrounding whitespace is
   *     ignored
   * @return what happened, with a message for staff; never null
   * @throws IllegalArgumentException when the ClassPass user id is blank
   */
  public LinkResult link(String customerId, String classPassUserId) {
    Objects.requireNonNull(customerId, "customerId");
    Objects.requireNonNull(classPassUserId, "classPassUserId");
    String id = classPassUserId.trim();
    if (id.isEmpty()) {
      throw new IllegalArgumentException("classPassUserId must not be blank");
    }
    Optional<Customer> customer = customers.findById(customerId);
    if (customer.isEmpty()) {
      return new LinkResult(LinkResult.Outcome.UNKNOWN_CUSTOMER, customerId, id, null, null);
    }
    Optional<String> carried = customer.get().classPassUserIdIfLinked();
    if (carried.isPresent() && carried.get().equals(id)) {
      return new LinkResult(LinkResult.Outcome.ALREADY_LINKED, customerId, id, null, null);
    }
    Optional<Customer> holder = customers.findByClassPassUserId(id);
    if (holder.isPresent()) {
      return new LinkResult(
          LinkResult.Outcome.HELD_BY_ANOTHER_CUSTOMER, customerId, id, holder.get().id(), null);
    }
    if (carried.isPresent()) {
      return new LinkResult(
          LinkResult.Outcome.CUSTOMER_HAS_ANOTHER_ID, customerId, id, null, carried.get());
    }
    customers.linkClassPassUserId(customerId, id);
    LOG.debug("ClassPass user {} linked to customer {} by hand", id, customerId);
    return new LinkResult(LinkResult.Outcome.LINKED, customerId, id, null, null);
  }
}
