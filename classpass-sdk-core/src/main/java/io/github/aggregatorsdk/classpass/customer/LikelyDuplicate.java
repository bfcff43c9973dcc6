package io.github.aggregatorsdk.classpass.customer;

import io.github.aggregatorsdk.classpass.spi.Customer;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * Two customers that are likely the same person: one known to ClassPass, one not, typically a
 * walk-in customer who later booked through ClassPass. Staff decide whether to merge them.
 *
 * @param withClassPassId the customer carrying a ClassPass user id; never null
 * @param withoutClassPassId the customer carrying none; never null
 * @param reasons why they look alike; never null or empty
 */
public record LikelyDuplicate(
    Customer withClassPassId, Customer withoutClassPassId, Set<DuplicateReason> reasons) {

  /** Checks required components and copies the reasons. */
  public LikelyDuplicate {
    Objects.requireNonNull(withClassPassId, "withClassPassId");
    Objects.requireNonNull(withoutClassPassId, "withoutClassPassId");
    if (reasons.isEmpty()) {
      throw new IllegalArgumentException("reasons must not be empty");
    }
    reasons = Set.copyOf(EnumSet.copyOf(reasons));
  }
}
