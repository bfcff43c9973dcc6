package io.github.aggregatorsdk.classpass.outbox;

/**
 * Told about every event the dispatcher gives up on, so that staff learn that ClassPass did not
 * get an update; nothing is ever dropped silently.
 */
@FunctionalInterface
public interface DeadLetterListener {

  /**
   * Called once after an event was moved to the dead letters, on the dispatcher's thread.
   *
   * <p>Implementations SHOULD return quickly. An exception they throw is logged by the caller
   * and does not undo the dead letter, which stays queryable in the {@link OutboxStore}.
   *
   * @param deadLetter the event, its delivery state and the reason; never null
   */
  void onDeadLetter(DeadLetter deadLetter);
}
