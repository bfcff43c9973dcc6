package io.github.aggregatorsdk.classpass.spring;

import io.github.aggregatorsdk.classpass.outbox.OutboxCounts;
import io.github.aggregatorsdk.classpass.outbox.OutboxDispatcher;
import io.github.aggregatorsdk.classpass.outbox.OutboxStore;
import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * Health of the ClassPass delivery (see {@link ClassPassHealthAutoConfiguration} for the rules):
 * recent call outcomes of the dispatcher and the outbox's backlog and dead letters. Details hold
 * counts, times and exception class names only: no token, payload or personal data.
 */
final class ClassPassHealthIndicator implements HealthIndicator {

  /** Failed batches in a row that, with an old enough backlog, mean delivery is stuck. */
  static final int FAILURES_BEFORE_DOWN = 5;

  /** Age of the oldest pending update that, with repeated failures, means delivery is stuck. */
  static final Duration BACKLOG_AGE_BEFORE_DOWN = Duration.ofMinutes(15);

  private final OutboxStore outbox;
  private final ClassPassCallRecorder calls;
  private final ObjectProvider<OutboxDispatcher> dispatcher;
  private final Clock clock;
  private final boolean downOnOutage;

  ClassPassHealthIndicator(
      OutboxStore outbox,
      ClassPassCallRecorder calls,
      ObjectProvider<OutboxDispatcher> dispatcher,
      Clock clock,
      boolean downOnOutage) {
    this.outbox = outbox;
    this.calls = calls;
    this.dispatcher = dispatcher;
    this.clock = clock;
    this.downOnOutage = downOnOutage;
  }

  @Override
  public Health health() {
    ClassPassCallRecorder.Calls recent = calls.snapshot();
    Health.Builder health = Health.up();
    OutboxDispatcher running = dispatcher.getIfAvailable();
    java.util.Optional<String> died =
        running == null ? java.util.Optional.empty() : running.failure();
    health.withDetail("dispatcher", running == null ? "absent"
        : died.isPresent() ? "dead" : running.isRunning() ? "running" : "stopped");
    if (died.isPresent()) {
      // Nothing is delivered any more: a fault of this instance, not an outage of ClassPass.
      health.down().withDetail("dispatcherError", died.get());
    }
    health.withDetail("consecutiveFailures", recent.consecutiveFailures());
    if (recent.lastSuccess() != null) {
      health.withDetail("lastSuccess", recent.lastSuccess().toString());
    }
    if (recent.lastFailure() != null) {
      health.withDetail("lastFailure", recent.lastFailure().toString());
      health.withDetail("lastFailureType", recent.lastFailureType());
    }
    OutboxCounts counts;
    try {
      counts = outbox.counts();
    } catch (RuntimeException e) {
      // The class names the failure; its message may carry a database's details.
      return health.down()
          .withDetail("outbox", "unreachable")
          .withDetail("outboxError", e.getClass().getName())
          .build();
    }
    health.withDetail("pending", counts.pending());
    health.withDetail("deadLetters", counts.deadLetters());
    if (counts.oldestPendingCreatedAt() != null) {
      Duration age = Duration.between(counts.oldestPendingCreatedAt(), clock.instant());
      age = age.isNegative() ? Duration.ZERO : age;
      health.withDetail("oldestPendingAge", age.toString());
      if (recent.consecutiveFailures() >= FAILURES_BEFORE_DOWN
          && age.compareTo(BACKLOG_AGE_BEFORE_DOWN) >= 0) {
        // ClassPass (or the way to it) is down: shown in the details; the host's own health
        // turns DOWN for it only when the host asked (classpass.health.down-on-outage).
        health.withDetail("outage", true);
        if (downOnOutage) {
          health.down();
        }
      }
    }
    return health.build();
  }
}
