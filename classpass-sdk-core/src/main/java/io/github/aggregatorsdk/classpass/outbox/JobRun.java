package io.github.aggregatorsdk.classpass.outbox;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The last run of a cluster-wide job (such as the periodic full resync), as the outbox keeps it.
 *
 * @param name the job's name; never null
 * @param lastStartedAt when the last run started; empty when it never ran
 * @param lastFinishedAt when the last run finished; empty when it never finished
 * @param lastOutcome what the last finished run did or why it failed, without personal data;
 *     empty when it never finished
 * @param runningOwner the instance running it now (a lock that has not expired); empty when none
 */
public record JobRun(String name, Optional<Instant> lastStartedAt, Optional<Instant> lastFinishedAt,
    Optional<String> lastOutcome, Optional<String> runningOwner) {

  /**
   * Checks the components.
   *
   * @throws NullPointerException when a component is null
   */
  public JobRun {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(lastStartedAt, "lastStartedAt");
    Objects.requireNonNull(lastFinishedAt, "lastFinishedAt");
    Objects.requireNonNull(lastOutcome, "lastOutcome");
    Objects.requireNonNull(runningOwner, "runningOwner");
  }

  /** A job that never ran. */
  static JobRun never(String name) {
    return new JobRun(name, Optional.empty(), Optional.empty(), Optional.empty(),
        Optional.empty());
  }
}
