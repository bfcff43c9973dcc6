package io.github.aggregatorsdk.classpass.spring;

import io.github.aggregatorsdk.classpass.booking.BookingOutcomeListener;
import io.github.aggregatorsdk.classpass.booking.CancellationOutcome;
import io.github.aggregatorsdk.classpass.booking.LateCancelDisagreement;
import io.github.aggregatorsdk.classpass.booking.Refusal;
import io.github.aggregatorsdk.classpass.booking.ReservationOutcome;
import io.github.aggregatorsdk.classpass.client.ClassPassException;
import io.github.aggregatorsdk.classpass.outbox.DispatchListener;
import io.github.aggregatorsdk.classpass.outbox.OutboxCounts;
import io.github.aggregatorsdk.classpass.outbox.OutboxStore;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.TimeGauge;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.ToDoubleFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The starter's meters (see {@link ClassPassMetricsAutoConfiguration}): counts booking answers and
 * dispatched batches as a listener of both, and reads the outbox's counts for its gauges, at most
 * once a second however many gauges and registries ask.
 */
final class ClassPassMetrics implements BookingOutcomeListener, DispatchListener {

  private static final Logger LOG = LoggerFactory.getLogger(ClassPassMetrics.class);
  private static final long COUNTS_MAX_AGE_NANOS = TimeUnit.SECONDS.toNanos(1);

  private final MeterRegistry registry;
  private final OutboxStore outbox;
  private final Clock clock;
  private final Counter pushed;
  private OutboxCounts counts;
  private long countsReadAt;

  ClassPassMetrics(MeterRegistry registry, OutboxStore outbox, Clock clock) {
    this.registry = registry;
    this.outbox = outbox;
    this.clock = clock;
    this.pushed = Counter.builder("classpass.updates.pushed")
        .description("Updates ClassPass accepted")
        .baseUnit("events")
        .register(registry);
    gauge("classpass.outbox.backlog", "Updates queued for ClassPass and not yet delivered",
        OutboxCounts::pending);
    gauge("classpass.outbox.dead-letters", "Updates given up on, kept for inspection",
        OutboxCounts::deadLetters);
    TimeGauge.builder("classpass.outbox.oldest-pending-age", this, TimeUnit.SECONDS,
            metrics -> metrics.oldestPendingAgeSeconds())
        .description("How long the oldest undelivered update has waited; 0 when none waits")
        .strongReference(true)
        .register(registry);
  }

  @Override
  public void reservationAnswered(ReservationOutcome outcome) {
    String result = outcome instanceof Refusal refusal ? refusal.reason().name() : "reserved";
    Counter.builder("classpass.reservations")
        .description("Reservations ClassPass made, by outcome: reserved or the refusal reason")
        .tag("outcome", result)
        .register(registry)
        .increment();
  }

  @Override
  public void cancellationAnswered(CancellationOutcome outcome) {
    boolean late = outcome instanceof CancellationOutcome.Cancelled cancelled
        && cancelled.lateCancel();
    String result = outcome instanceof Refusal refusal ? refusal.reason().name() : "cancelled";
    Counter.builder("classpass.cancellations")
        .description("Cancellations ClassPass asked for, by outcome (cancelled or the refusal"
            + " reason) and whether they were late")
        .tag("outcome", result)
        .tag("late", Boolean.toString(late))
        .register(registry)
        .increment();
  }

  @Override
  public void lateCancelDisagreement(LateCancelDisagreement disagreement) {
    Counter.builder("classpass.cancellations.late-disagreements")
        .description("Cancellations where ClassPass's view of late (is_late_cancel) differed from"
            + " the studio's policy, which was answered")
        .tag("classpass_says_late", Boolean.toString(disagreement.classPassSaysLate()))
        .register(registry)
        .increment();
  }

  @Override
  public void batchSent(int events) {
    pushed.increment(events);
  }

  @Override
  public void batchFailed(int events, ClassPassException failure) {
    Counter.builder("classpass.updates.failed")
        .description("Updates in batches ClassPass did not accept (they are retried or"
            + " dead-lettered)")
        .baseUnit("events")
        .tag("exception", failure.getClass().getSimpleName())
        .register(registry)
        .increment(events);
  }

  private void gauge(String name, String description, ToDoubleFunction<OutboxCounts> value) {
    Gauge.builder(name, this, metrics -> {
          OutboxCounts current = metrics.counts();
          return current == null ? Double.NaN : value.applyAsDouble(current);
        })
        .description(description)
        .baseUnit("events")
        .strongReference(true)
        .register(registry);
  }

  private double oldestPendingAgeSeconds() {
    OutboxCounts current = counts();
    if (current == null) {
      return Double.NaN;
    }
    if (current.oldestPendingCreatedAt() == null) {
      return 0;
    }
    Duration age = Duration.between(current.oldestPendingCreatedAt(), clock.instant());
    return Math.max(0, age.toMillis() / 1000.0);
  }

  /** The outbox's counts, read at most once a second; null when the store cannot be read. */
  private synchronized OutboxCounts counts() {
    long now = System.nanoTime();
    if (counts == null || now - countsReadAt > COUNTS_MAX_AGE_NANOS) {
      try {
        counts = outbox.counts();
        countsReadAt = now;
      } catch (RuntimeException e) {
        LOG.debug("ClassPass outbox counts unavailable ({})", e.getClass().getName());
        return null;
      }
    }
    return counts;
  }
}
