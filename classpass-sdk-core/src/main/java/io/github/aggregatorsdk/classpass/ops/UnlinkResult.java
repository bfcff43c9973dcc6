package io.github.aggregatorsdk.classpass.ops;

import java.util.Objects;

/**
 * The answer to unlinking a ClassPass user id from a customer by hand.
 *
 * @param outcome what happened; never null
 * @param customerId the customer staff chose; never null
 * @param classPassUserId the id the customer carried before; null when it carried none or is
 *     unknown
 */
public record UnlinkResult(Outcome outcome, String customerId, String classPassUserId) {

  /** Checks the required components. */
  public UnlinkResult {
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(customerId, "customerId");
  }

  /**
   * A sentence for staff saying what happened; ids only.
   *
   * @return the sentence; never null
   */
  public String message() {
    return switch (outcome) {
      case UNLINKED ->
          "ClassPass ID " + classPassUserId + " removed from customer " + customerId;
      case NOT_LINKED -> "customer " + customerId + " carries no ClassPass ID";
      case UNKNOWN_CUSTOMER -> "refused: there is no customer " + customerId;
      case NOT_SUPPORTED -> "refused: the host's customer repository cannot unlink";
    };
  }

  /** What happened to a manual unlink. */
  public enum Outcome {
    /** The customer carries no ClassPass id any more. */
    UNLINKED,
    /** The customer carried none; nothing changed. */
    NOT_LINKED,
    /** Refused: the host has no customer with this id. */
    UNKNOWN_CUSTOMER,
    /**
     * Refused: the host's {@code CustomerRepository} does not implement {@code
     * unlinkClassPassUserId}.
     */
    NOT_SUPPORTED
  }
}
