package io.github.aggregatorsdk.classpass.ops;

import io.github.aggregatorsdk.classpass.sync.ResyncListener;
import io.github.aggregatorsdk.classpass.sync.ResyncSummary;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * A resync started from the operations, running in the background: read its {@link #progress()}
 * while it runs (classes done of total), {@link #await} its end, or {@link #cancel()} it.
 * Thread-safe.
 */
public final class ResyncRun {

  private final String id;
  private final String partnerId;
  private final String venueId;
  private final Clock clock;
  private final Instant startedAt;
  private final CountDownLatch finished = new CountDownLatch(1);
  private volatile ResyncProgress.State state = ResyncProgress.State.QUEUED;
  private volatile long done;
  private volatile long total;
  private volatile boolean cancelled;
  private volatile ResyncSummary summary = ResyncSummary.EMPTY;
  private volatile Instant finishedAt;
  private volatile String failure;

  ResyncRun(String id, String partnerId, String venueId, Clock clock) {
    this.id = id;
    this.partnerId = partnerId;
    this.venueId = venueId;
    this.clock = clock;
    this.startedAt = clock.instant();
  }

  /**
   * Where the run is now.
   *
   * @return a snapshot; never null
   */
  public ResyncProgress progress() {
    ResyncSummary now = summary;
    return new ResyncProgress(id, partnerId, venueId, state, done, total,
        now.schedulesPushed(), now.schedulesQueued(), now.sessionsUnpublishable(), startedAt,
        finishedAt, failure);
  }

  /**
   * Waits for the run to end.
   *
   * @param timeout how long to wait at most; never null
   * @return true when the run ended, false when the time ran out
   * @throws InterruptedException when the waiting thread was interrupted
   */
  public boolean await(Duration timeout) throws InterruptedException {
    return finished.await(timeout.toNanos(), TimeUnit.NANOSECONDS);
  }

  /**
   * Asks the run to stop before its next page of classes; what was pushed stays pushed. Does
   * nothing when it ended.
   */
  public void cancel() {
    cancelled = true;
  }

  /** Runs the resync on the caller's thread; called by the executor. */
  void run(Function<ResyncListener, ResyncSummary> resync) {
    if (cancelled) {
      end(ResyncProgress.State.CANCELLED, null);
      return;
    }
    state = ResyncProgress.State.RUNNING;
    try {
      summary = resync.apply(new ResyncListener() {
        @Override
        public void planned(long sessions) {
          total = sessions;
        }

        @Override
        public void read(int sessions) {
          done += sessions;
        }

        @Override
        public boolean stopRequested() {
          return cancelled || Thread.currentThread().isInterrupted();
        }
      });
      end(cancelled || Thread.currentThread().isInterrupted()
          ? ResyncProgress.State.CANCELLED : ResyncProgress.State.DONE, null);
    } catch (RuntimeException e) {
      end(ResyncProgress.State.FAILED, e.getClass().getName());
      throw e;
    }
  }

  /** Marks a run that could not start or was dropped. */
  void end(ResyncProgress.State endState, String failureKind) {
    failure = failureKind;
    finishedAt = clock.instant();
    state = endState;
    finished.countDown();
  }

  boolean isFinished() {
    return state.finished();
  }

  @Override
  public String toString() {
    return "ResyncRun[" + progress() + "]";
  }
}
