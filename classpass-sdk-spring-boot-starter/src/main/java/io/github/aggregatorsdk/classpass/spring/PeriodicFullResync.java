package io.github.aggregatorsdk.classpass.spring;

import io.github.aggregatorsdk.classpass.internal.MessageWithheld;
import io.github.aggregatorsdk.classpass.sync.FullResync;
import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Pushes every venue's schedule every {@code classpass.sync.full-resync-interval}, the first time
 * one interval after startup, on its own daemon thread (the host need not enable scheduling).
 * Runs never overlap; a failed run is logged and the next one comes as planned. Starts after the
 * dispatcher, which delivers what a run could not push, and stops before it.
 */
final class PeriodicFullResync implements SmartLifecycle {

  private static final Logger LOG = LoggerFactory.getLogger(PeriodicFullResync.class);

  private final FullResync resync;
  private final Duration interval;
  private final Duration horizon;
  private ScheduledExecutorService executor;

  PeriodicFullResync(FullResync resync, Duration interval, Duration horizon) {
    if (interval.isNegative() || interval.isZero()) {
      throw new ClassPassConfigurationException(
          "classpass.sync.full-resync-interval",
          "must be positive, not " + interval,
          "Set classpass.sync.full-resync-interval to a positive duration such as 6h, or remove"
              + " it to run no periodic full resync.");
    }
    this.resync = resync;
    this.interval = interval;
    this.horizon = horizon;
  }

  @Override
  public synchronized void start() {
    if (executor != null) {
      return;
    }
    executor = DaemonThreads.scheduler("classpass-full-resync");
    long millis = interval.toMillis();
    executor.scheduleWithFixedDelay(this::runOnce, millis, millis, TimeUnit.MILLISECONDS);
    LOG.info("ClassPass full resync of every venue scheduled every {} (horizon {})",
        interval, horizon);
  }

  @Override
  public synchronized void stop() {
    if (executor == null) {
      return;
    }
    executor.shutdown();
    try {
      if (!executor.awaitTermination(10, TimeUnit.SECONDS)) {
        LOG.warn("ClassPass full resync still running at shutdown; interrupting it");
        executor.shutdownNow();
      }
    } catch (InterruptedException e) {
      executor.shutdownNow();
      Thread.currentThread().interrupt();
    }
    executor = null;
  }

  @Override
  public synchronized boolean isRunning() {
    return executor != null;
  }

  @Override
  public int getPhase() {
    return DispatcherLifecycle.PHASE + 1;
  }

  private void runOnce() {
    try {
      resync.resyncAll(horizon);
    } catch (RuntimeException e) {
      // An escaping exception would cancel every later run of the schedule.
      LOG.warn("ClassPass full resync failed with {}; the next one runs in {}",
          e.getClass().getName(), interval);
      LOG.debug("full resync failure", MessageWithheld.of(e));
    }
  }
}
