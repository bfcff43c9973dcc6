package io.github.aggregatorsdk.classpass.customer;

import java.util.List;
import java.util.Objects;

/**
 * Why an e-mail match could not link a ClassPass user to an existing customer, so that a new
 * customer was created instead; staff may want to merge them. Holds ids only, no personal data.
 *
 * @param reason what stood in the way; never null
 * @param classPassUserId the ClassPass user being matched; never null
 * @param candidateCustomerIds the customers with the same e-mail that were not linked; never null
 * @param createdCustomerId the customer created instead; never null
 */
public record MatchConflict(
    Reason reason,
    String classPassUserId,
    List<String> candidateCustomerIds,
    String createdCustomerId) {

  /** Checks required components and copies the list. */
  public MatchConflict {
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(classPassUserId, "classPassUserId");
    candidateCustomerIds = List.copyOf(candidateCustomerIds);
    Objects.requireNonNull(createdCustomerId, "createdCustomerId");
  }

  /** What stood in the way of an e-mail match. */
  public enum Reason {
    /** Every customer with the e-mail already carries a different ClassPass user id. */
    EMAIL_CUSTOMER_HAS_OTHER_CLASSPASS_ID,
    /**
     * Several customers without a ClassPass id have the e-mail; rather than guess (and show one
     * person's history to another), none was linked.
     */
    EMAIL_MATCHES_SEVERAL_CUSTOMERS
  }
}
