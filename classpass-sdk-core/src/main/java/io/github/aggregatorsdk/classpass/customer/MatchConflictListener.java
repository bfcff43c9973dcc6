package io.github.aggregatorsdk.classpass.customer;

/**
 * Told when an e-mail match was refused and a new customer created instead, for example to show
 * staff a task to merge customers. Called after the booking it belongs to was committed; an
 * exception it throws is logged and does not undo the booking. Implementations MUST be
 * thread-safe.
 */
@FunctionalInterface
public interface MatchConflictListener {

  /**
   * A listener that ignores every conflict.
   *
   * @return the listener; never null
   */
  static MatchConflictListener none() {
    return conflict -> {};
  }

  /**
   * Reports one conflict.
   *
   * @param conflict what happened; never null
   */
  void onConflict(MatchConflict conflict);
}
