package io.github.aggregatorsdk.classpass.customer;

import io.github.aggregatorsdk.classpass.spi.Customer;
import java.util.Objects;
import java.util.Optional;

/**
 * The customer a ClassPass user was matched to, and how.
 *
 * @param customer the matched, linked or created customer, carrying the ClassPass user id; never
 *     null
 * @param outcome how the customer was found; never null
 * @param conflict what stood in the way of an e-mail match, when a new customer was created
 *     because of it; never null
 */
public record CustomerMatch(Customer customer, Outcome outcome, Optional<MatchConflict> conflict) {

  /** Checks required components. */
  public CustomerMatch {
    Objects.requireNonNull(customer, "customer");
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(conflict, "conflict");
  }

  /** How a customer was found for a ClassPass user. */
  public enum Outcome {
    /** A customer already carried the ClassPass user id. */
    FOUND_BY_CLASSPASS_ID,
    /** A customer without a ClassPass id had the same e-mail; the id is now linked to it. */
    LINKED_BY_EMAIL,
    /** A new customer carrying the ClassPass user id was created. */
    CREATED
  }
}
