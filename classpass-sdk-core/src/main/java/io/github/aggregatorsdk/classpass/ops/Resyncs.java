package io.github.aggregatorsdk.classpass.ops;

import io.github.aggregatorsdk.classpass.sync.FullResync;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the resyncs started from the operations, one at a time, on the given executor or on a
 * daemon thread of its own, created at the first resync and stopped by {@link #close()}.
 */
final class Resyncs {

  private static final Logger LOG = LoggerFactory.getLogger(ClassPassOperations.class);

  private final FullResync fullResync;
  private final Clock clock;
  private final Duration horizon;
  private final Executor givenExecutor;
  private final AtomicLong runIds = new AtomicLong();
  private ExecutorService ownExecutor;
  private ResyncRun lastRun;
  private boolean closed;

  Resyncs(FullResync fullResync, Clock clock, Duration horizon, Executor givenExecutor) {
    this.fullResync = fullResync;
    this.clock = clock;
    this.horizon = horizon;
    this.givenExecutor = givenExecutor;
  }

  synchronized Optional<ResyncRun> current() {
    return Optional.ofNullable(lastRun);
  }

  /** Starts a resync of every venue (null ids) or of one, unless one runs: then that one. */
  synchronized ResyncRun start(String partnerId, String venueId) {
    if (closed) {
      throw new IllegalStateException("the ClassPass operations are closed");
    }
    if (lastRun != null && !lastRun.isFinished()) {
      return lastRun;
    }
    ResyncRun run = new ResyncRun(
        "resync-" + runIds.incrementAndGet(), partnerId, venueId, clock);
    LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    Runnable task = () -> {
      try {
        run.run(listener -> partnerId == null
            ? fullResync.resyncAll(horizon, listener)
            : fullResync.resync(partnerId, venueId, today.minusDays(1),
                today.plusDays(horizon.toDays()), listener));
        LOG.info("resync {} ended: {}", run.progress().id(), run.progress().state());
      } catch (RuntimeException e) {
        LOG.warn("resync {} failed with {}", run.progress().id(), e.getClass().getName());
      }
    };
    try {
      executor().execute(task);
    } catch (RejectedExecutionException e) {
      run.end(ResyncProgress.State.FAILED, e.getClass().getName());
      throw new IllegalStateException("the resync executor refused the resync", e);
    }
    lastRun = run;
    return run;
  }

  private Executor executor() {
    if (givenExecutor != null) {
      return givenExecutor;
    }
    if (ownExecutor == null) {
      ownExecutor = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "classpass-ops-resync");
        thread.setDaemon(true);
        return thread;
      });
    }
    return ownExecutor;
  }

  /** Stops a running resync and the own thread; later starts are refused. */
  void close() {
    ExecutorService own;
    synchronized (this) {
      closed = true;
      if (lastRun != null) {
        lastRun.cancel();
      }
      own = ownExecutor;
    }
    if (own != null) {
      own.shutdownNow();
    }
  }
}
