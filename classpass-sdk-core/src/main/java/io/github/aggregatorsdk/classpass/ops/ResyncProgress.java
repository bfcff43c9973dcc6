package io.github.aggregatorsdk.classpass.ops;

import java.time.Instant;
import java.util.Objects;

/**
 * A snapshot of a resync started from the operations: what it covers and how far it got.
 *
 * @param id the run's id, unique per {@link ClassPassOperations}; never null
 * @param partnerId the partner of a one-venue resync; null for a resync of every venue
 * @param venueId the venue of a one-venue resync; null for a resync of every venue
 * @param state where the run is; never null
 * @param done classes (sessions) read so far
 * @param total classes the host had in range when the run counted them; 0 until counted. A
 *     finished run may show {@code done} different from {@code total} when the host's schedule
 *     changed while it ran
 * @param pushed schedules ClassPass accepted
 * @param queued schedules of failed requests, queued in the outbox (none is lost)
 * @param unpublishable classes the pre-flight check rejected
 * @param startedAt when the run was started; never null
 * @param finishedAt when it ended; null while it runs
 * @param failure the kind of error that ended it (an exception class name); null unless {@link
 *     State#FAILED}
 */
public record ResyncProgress(
    String id,
    String partnerId,
    String venueId,
    State state,
    long done,
    long total,
    long pushed,
    long queued,
    long unpublishable,
    Instant startedAt,
    Instant finishedAt,
    String failure) {

  /** Checks the required components. */
  public ResyncProgress {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(startedAt, "startedAt");
  }

  /** Where a resync run is. */
  public enum State {
    /** Waiting for its executor. */
    QUEUED,
    /** Counting and pushing. */
    RUNNING,
    /** Ended normally. */
    DONE,
    /** Stopped early because the operations were closed or the run was cancelled. */
    CANCELLED,
    /** Ended on an error; what was pushed before it stays pushed. */
    FAILED;

    /**
     * Whether the run ended.
     *
     * @return true for {@link #DONE}, {@link #CANCELLED} and {@link #FAILED}
     */
    public boolean finished() {
      return this == DONE || this == CANCELLED || this == FAILED;
    }
  }
}
