package io.github.aggregatorsdk.classpass.customer;

import java.util.Objects;

/**
 * The answer to linking a ClassPass user id to a customer by hand.
 *
 * @param outcome what happened; never null
 * @param customerId the customer staff chose; never null
 * @param classPassUserId the ClassPass user id, trimmed; never null
 * @param conflictingCustomerId for {@link Outcome#HELD_BY_ANOTHER_CUSTOMER}, the customer carrying
 *     the id; null otherwise
 * @param conflictingClassPassUserId for {@link Outcome#CUSTOMER_HAS_ANOTHER_ID}, the id the
 *     customer carries; null otherwise
 */
public record LinkResult(
    Outcome outcome,
    String customerId,
    String classPassUserId,
    String conflictingCustomerId,
    String conflictingClassPassUserId) {

  /** Checks required components. */
  public LinkResult {
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(customerId, "customerId");
    Objects.requireNonNull(classPassUserId, "classPassUserId");
  }

  /** Whether the customer carries the ClassPass user id now. */
  public boolean linked() {
    return outcome == Outcome.LINKED || outcome == Outcome.ALREADY_LINKED;
  }

  /** A sentence for staff saying what happened or why it was refused; ids only. */
  public String message() {
    return switch (outcome) {
      case LINKED -> "ClassPass ID " + classPassUserId + " linked to customer " + customerId;
      case ALREADY_LINKED ->
          "customer " + customerId + " already carries ClassPass ID " + classPassUserId;
      case HELD_BY_ANOTHER_CUSTOMER ->
          "refused: ClassPass ID "
              + classPassUserId
              + " cannot be linked to customer "
              + customerId
              + " because customer "
              + conflictingCustomerId
              + " carries it; unlink it there first";
      case CUSTOMER_HAS_ANOTHER_ID ->
          "refused: customer "
              + customerId
              + " already carries ClassPass ID "
              + conflictingClassPassUserId;
      case UNKNOWN_CUSTOMER -> "refused: there is no customer " + customerId;
    };
  }

  /** What happened to a manual link. */
  public enum Outcome {
    /** The id is now linked to the customer. */
    LINKED,
    /** The customer already carried this id; nothing changed. */
    ALREADY_LINKED,
    /** Refused: another customer carries the id. */
    HELD_BY_ANOTHER_CUSTOMER,
    /** Refused: the customer carries a different ClassPass id. */
    CUSTOMER_HAS_ANOTHER_ID,
    /** Refused: the host has no customer with this id. */
    UNKNOWN_CUSTOMER;

    /** Whether the link was refused. */
    public boolean refused() {
      return this != LINKED && this != ALREADY_LINKED;
    }
  }
}
