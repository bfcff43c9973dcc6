package io.github.aggregatorsdk.classpass.client;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

/** Waits between attempts; tests substitute one that records instead of sleeping. */
@FunctionalInterface
interface Sleeper {

  /** Sleeps on the calling thread. */
  Sleeper SYSTEM = duration -> TimeUnit.NANOSECONDS.sleep(duration.toNanos());

  void sleep(Duration duration) throws InterruptedException;
}
