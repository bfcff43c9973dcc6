package io.github.aggregatorsdk.classpass.ops;

import java.time.Instant;
import java.util.Objects;

/**
 * How the registration of one partner or venue with ClassPass went, as this instance saw it
 * (kept in memory: a restarted instance starts with {@link State#NOT_SEEN} until its next
 * registration, which the SDK sends at start unless turned off).
 *
 * @param state what the last push did; never null
 * @param lastAttemptAt when the last push was answered (or failed); null when none was seen
 * @param lastSuccessAt when ClassPass last accepted it; null when never seen
 * @param lastError the kind of the last failure, for example {@code "400 from ClassPass"}, when
 *     the last push failed; null otherwise. Never personal data or a response body
 * @param deadLettered whether a dead letter for this registration is waiting (requeue it)
 */
public record Registration(
    State state, Instant lastAttemptAt, Instant lastSuccessAt, String lastError,
    boolean deadLettered) {

  /** Checks the state. */
  public Registration {
    Objects.requireNonNull(state, "state");
  }

  /**
   * A registration this instance has not seen pushed.
   *
   * @param deadLettered whether a dead letter for it is waiting
   * @return the registration; never null
   */
  public static Registration notSeen(boolean deadLettered) {
    return new Registration(State.NOT_SEEN, null, null, null, deadLettered);
  }

  /** What the last push of a registration did. */
  public enum State {
    /** No push was seen by this instance since it started. */
    NOT_SEEN,
    /** ClassPass accepted the last push. */
    REGISTERED,
    /** The last push failed; it is retried or was dead-lettered. */
    FAILED
  }
}
