package io.github.aggregatorsdk.classpass.spring;

import java.util.concurrent.ScheduledExecutorService;

/**
 * The executor on which {@link io.github.aggregatorsdk.classpass.sync.ScheduleSync} re-syncs a
 * class when its release window opens; owned by the starter and shut down with the context. Not a
 * {@link ScheduledExecutorService} bean itself, so it never competes with the host's.
 */
final class ReleaseWindowTimers implements AutoCloseable {

  private final ScheduledExecutorService executor =
      DaemonThreads.scheduler("classpass-release-window");

  ScheduledExecutorService executor() {
    return executor;
  }

  @Override
  public void close() {
    executor.shutdownNow();
  }
}
