package io.github.aggregatorsdk.classpass.spring;

import io.github.aggregatorsdk.classpass.outbox.OutboxStore;
import io.github.aggregatorsdk.classpass.sync.FullResync;
import io.github.aggregatorsdk.classpass.sync.PeriodicResync;
import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Runs the core's {@link PeriodicResync} every {@code classpass.sync.full-resync-interval}
 * (default 6 h, the first run shortly after start, one instance at a time across the cluster
 * through a lock row in the outbox) on its own daemon thread; the host need not enable
 * scheduling. {@code 0} turns it off. Starts after the dispatcher, which delivers what a run could
 * not push, and stops before it.
 */
final class PeriodicFullResync implements SmartLifecycle {

  private static final Logger LOG = LoggerFactory.getLogger(PeriodicFullResync.class);

  private final FullResync resync;
  private final OutboxStore outbox;
  private final String owner;
  private final Duration interval;
  private final Duration horizon;
  private ScheduledExecutorService executor;

  PeriodicFullResync(FullResync resync, OutboxStore outbox, String owner, Duration interval,
      Duration horizon) {
    if (interval == null || interval.isNegative()) {
      throw new ClassPassConfigurationException(
          "classpass.sync.full-resync-interval",
          "must be zero or positive, not " + interval,
          "Set classpass.sync.full-resync-interval to a positive duration such as 6h, or to 0 to"
              + " run no periodic full resync.");
    }
    this.resync = resync;
    this.outbox = outbox;
    this.owner = owner;
    this.interval = interval;
    this.horizon = horizon;
  }

  @Override
  public synchronized void start() {
    if (executor != null) {
      return;
    }
    if (interval.isZero()) {
      LOG.info("ClassPass periodic full resync is off (classpass.sync.full-resync-interval=0)");
      return;
    }
    executor = DaemonThreads.scheduler("classpass-full-resync");
    PeriodicResync.create(resync, outbox, interval, horizon, owner, executor).start();
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
}
