package io.github.aggregatorsdk.classpass.spring;

import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;

/** Single-thread schedulers of the starter: daemon threads, so they never hold up the JVM. */
final class DaemonThreads {

  private DaemonThreads() {}

  /**
   * A scheduler whose {@code shutdown()} drops tasks that have not started yet (delayed or
   * periodic), so that stopping it waits only for a task that runs now; the default policy would
   * wait for a delayed first run and then start it during shutdown.
   */
  static ScheduledExecutorService scheduler(String threadName) {
    ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(1, task -> {
      Thread thread = new Thread(task, threadName);
      thread.setDaemon(true);
      return thread;
    });
    executor.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
    executor.setContinueExistingPeriodicTasksAfterShutdownPolicy(false);
    executor.setRemoveOnCancelPolicy(true);
    return executor;
  }
}
