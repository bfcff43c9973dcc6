package io.github.aggregatorsdk.classpass.ops;

/** What requeueing one dead letter did. */
public enum RequeueOutcome {
  /** The current state of what the dead letter was about is queued; the dead letter is gone. */
  QUEUED,
  /**
   * The host no longer has (or cannot publish) what the dead letter was about, so nothing was
   * queued; the dead letter is gone all the same.
   */
  NOTHING_TO_SEND,
  /** No dead letter has this id (already requeued, discarded or purged). */
  NOT_FOUND
}
