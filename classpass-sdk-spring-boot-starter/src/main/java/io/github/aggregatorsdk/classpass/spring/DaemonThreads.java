package io.github.aggregatorsdk.classpass.spring;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

/** Single-thread schedulers of the starter: daemon threads, so they never hold up the JVM. */
final class DaemonThreads {

  private DaemonThreads() {}

  static ScheduledExecutorService scheduler(String threadName) {
    return Executors.newSingleThreadScheduledExecutor(task -> {
      Thread thread = new Thread(task, threadName);
      thread.setDaemon(true);
      return thread;
    });
  }
}
