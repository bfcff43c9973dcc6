package io.github.aggregatorsdk.classpass.client;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What happened to one batch of {@link ClassPassClient#pushUpdates(List)}: the ids of its events
 * and, if ClassPass did not accept it, why.
 */
public final class BatchOutcome {

  private final List<String> eventIds;
  private final ClassPassException failure;

  private BatchOutcome(List<String> eventIds, ClassPassException failure) {
    this.eventIds = List.copyOf(Objects.requireNonNull(eventIds, "eventIds"));
    this.failure = failure;
  }

  /**
   * A batch ClassPass accepted.
   *
   * @param eventIds the ids of the batch's events, in order; never null
   * @return the outcome; never null
   */
  public static BatchOutcome succeeded(List<String> eventIds) {
    return new BatchOutcome(eventIds, null);
  }

  /**
   * A batch that failed after all attempts.
   *
   * @param eventIds the ids of the batch's events, in order; never null
   * @param failure why it failed; never null
   * @return the outcome; never null
   */
  public static BatchOutcome failed(List<String> eventIds, ClassPassException failure) {
    return new BatchOutcome(eventIds, Objects.requireNonNull(failure, "failure"));
  }

  /**
   * The ids of the events in this batch, in the order they were given.
   *
   * @return the ids; never null, immutable
   */
  public List<String> eventIds() {
    return eventIds;
  }

  /**
   * Whether ClassPass accepted the batch.
   *
   * @return true when it did
   */
  public boolean isSuccess() {
    return failure == null;
  }

  /**
   * Why the batch failed.
   *
   * @return the exception of its last attempt; empty when the batch succeeded
   */
  public Optional<ClassPassException> failure() {
    return Optional.ofNullable(failure);
  }

  @Override
  public String toString() {
    return "BatchOutcome["
        + eventIds.size()
        + " events, "
        + (failure == null ? "succeeded" : "failed: " + failure.getMessage())
        + "]";
  }
}
