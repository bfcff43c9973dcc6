package io.github.aggregatorsdk.classpass.test;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/** The faults {@link FakeClassPass} answers with, planned by the test; thread-safe. */
final class Faults {

  /** One planned answer instead of the normal one. */
  record Fault(int status, Duration retryAfter) {}

  private final Deque<Fault> planned = new ArrayDeque<>();
  private Fault outage;
  private Duration delay = Duration.ZERO;

  synchronized void failNext(int count, int status, Duration retryAfter) {
    for (int i = 0; i < count; i++) {
      planned.addLast(new Fault(status, retryAfter));
    }
  }

  synchronized void outage(int status, Duration retryAfter) {
    outage = new Fault(status, retryAfter);
  }

  synchronized void delay(Duration delay) {
    this.delay = delay;
  }

  synchronized Duration delay() {
    return delay;
  }

  synchronized void clear() {
    planned.clear();
    outage = null;
    delay = Duration.ZERO;
  }

  /** The fault for the call now arriving, consuming a planned one; empty for a normal answer. */
  synchronized Optional<Fault> next() {
    if (outage != null) {
      return Optional.of(outage);
    }
    return Optional.ofNullable(planned.pollFirst());
  }
}
