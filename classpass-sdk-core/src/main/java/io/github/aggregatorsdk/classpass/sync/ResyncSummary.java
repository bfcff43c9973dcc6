package io.github.aggregatorsdk.classpass.sync;

import io.github.aggregatorsdk.classpass.mapping.PublishProblemListener;

/**
 * What a {@link FullResync} did.
 *
 * @param sessionsSeen sessions read from the host
 * @param schedulesPushed schedules ClassPass accepted directly
 * @param schedulesQueued schedules of failed requests, queued in the outbox for the dispatcher,
 *     so none is lost
 * @param sessionsSkipped sessions whose activity is not offered to ClassPass, and (in {@link
 *     FullResync#resyncAll}) sessions that already ended
 * @param sessionsUnpublishable sessions the pre-flight check rejected; each was reported to the
 *     {@link PublishProblemListener}
 * @param failedBatches requests that failed after the client's retries
 * @param failedVenues venues whose resync stopped because the host's repositories or the outbox
 *     failed (logged); only {@link FullResync#resyncAll} goes on after such a failure
 */
public record ResyncSummary(
    long sessionsSeen,
    long schedulesPushed,
    long schedulesQueued,
    long sessionsSkipped,
    long sessionsUnpublishable,
    long failedBatches,
    long failedVenues) {

  /** Nothing done. */
  public static final ResyncSummary EMPTY = new ResyncSummary(0, 0, 0, 0, 0, 0, 0);

  /**
   * Both summaries added up, for resyncs of several venues.
   *
   * @param other the other summary; never null
   * @return the sum; never null
   */
  public ResyncSummary plus(ResyncSummary other) {
    return new ResyncSummary(
        sessionsSeen + other.sessionsSeen,
        schedulesPushed + other.schedulesPushed,
        schedulesQueued + other.schedulesQueued,
        sessionsSkipped + other.sessionsSkipped,
        sessionsUnpublishable + other.sessionsUnpublishable,
        failedBatches + other.failedBatches,
        failedVenues + other.failedVenues);
  }
}
