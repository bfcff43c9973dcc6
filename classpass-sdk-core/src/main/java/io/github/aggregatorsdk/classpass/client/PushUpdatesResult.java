package io.github.aggregatorsdk.classpass.client;

import java.util.List;

/**
 * The outcome of {@link ClassPassClient#pushUpdates(List)}: one {@link BatchOutcome} per batch, in
 * the order the events were given.
 *
 * @param batches the outcome of each batch; never null, empty when there were no events
 */
public record PushUpdatesResult(List<BatchOutcome> batches) {

  /** Copies the outcomes so the record stays immutable; null becomes an empty list. */
  public PushUpdatesResult {
    batches = batches == null ? List.of() : List.copyOf(batches);
  }

  /**
   * Whether ClassPass accepted every batch.
   *
   * @return true when no batch failed, also when there were none
   */
  public boolean allSucceeded() {
    return batches.stream().allMatch(BatchOutcome::isSuccess);
  }

  /**
   * The batches ClassPass did not accept, e.g. to keep their events for a later attempt.
   *
   * @return the failed batches in order; never null
   */
  public List<BatchOutcome> failedBatches() {
    return batches.stream().filter(batch -> !batch.isSuccess()).toList();
  }
}
