package io.github.aggregatorsdk.classpass.spring;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.aggregatorsdk.classpass.client.ClassPassConnectionException;
import io.github.aggregatorsdk.classpass.outbox.InMemoryOutboxStore;
import io.github.aggregatorsdk.classpass.outbox.OutboxDispatcher;
import io.github.aggregatorsdk.classpass.outbox.OutboxEvent;
import io.github.aggregatorsdk.classpass.outbox.OutboxEventType;
import io.github.aggregatorsdk.classpass.outbox.OutboxStore;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;

class ClassPassHealthIndicatorTest {

  private final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T10:00:00Z"));
  private final InMemoryOutboxStore outbox = new InMemoryOutboxStore(clock);
  private final ClassPassCallRecorder calls = new ClassPassCallRecorder(clock);

  private Health health(OutboxStore store) {
    return health(store, true);
  }

  private Health health(OutboxStore store, boolean downOnOutage) {
    return new ClassPassHealthIndicator(store, calls,
        new StaticListableBeanFactory().getBeanProvider(OutboxDispatcher.class), clock,
        downOnOutage).health();
  }

  private void failBatches(int times) {
    for (int i = 0; i < times; i++) {
      calls.batchFailed(3, new ClassPassConnectionException("connect timed out",
          new IOException("timeout")));
    }
  }

  @Test
  void anEmptyOutboxWithNoCallsYetIsUp() {
    Health health = health(outbox);

    assertThat(health.getStatus()).isEqualTo(Status.UP);
    assertThat(health.getDetails())
        .containsEntry("pending", 0L)
        .containsEntry("deadLetters", 0L)
        .containsEntry("consecutiveFailures", 0)
        .doesNotContainKeys("lastSuccess", "lastFailure", "oldestPendingAge");
  }

  @Test
  void deliveryFailingForLongWithAnAgingBacklogIsDownWhenTheHostAskedForIt() {
    outbox.enqueue(event());
    clock.advance(ClassPassHealthIndicator.BACKLOG_AGE_BEFORE_DOWN);
    failBatches(ClassPassHealthIndicator.FAILURES_BEFORE_DOWN);

    Health health = health(outbox);

    assertThat(health.getStatus()).isEqualTo(Status.DOWN);
    assertThat(health.getDetails())
        .containsEntry("pending", 1L)
        .containsEntry("oldestPendingAge", "PT15M")
        .containsEntry("consecutiveFailures", 5)
        .containsEntry("lastFailure", "2026-03-01T10:15:00Z")
        .containsEntry("lastFailureType", "ClassPassConnectionException");
  }

  @Test
  void byDefaultAnOutageShowsInTheDetailsAndKeepsTheHostUp() {
    outbox.enqueue(event());
    clock.advance(ClassPassHealthIndicator.BACKLOG_AGE_BEFORE_DOWN);
    failBatches(ClassPassHealthIndicator.FAILURES_BEFORE_DOWN);

    Health health = health(outbox, false);

    assertThat(health.getStatus()).isEqualTo(Status.UP);
    assertThat(health.getDetails())
        .containsEntry("outage", true)
        .containsEntry("consecutiveFailures", 5)
        .containsEntry("lastFailureType", "ClassPassConnectionException");
    assertThat(new ClassPassProperties().getHealth().isDownOnOutage()).isFalse();
  }

  @Test
  void aFewFailuresWithAFreshBacklogAreAbsorbedByTheOutbox() {
    outbox.enqueue(event());
    clock.advance(Duration.ofMinutes(1));
    failBatches(ClassPassHealthIndicator.FAILURES_BEFORE_DOWN + 3);

    assertThat(health(outbox).getStatus()).isEqualTo(Status.UP);
  }

  @Test
  void anOldBacklogWithoutFailuresInARowIsUp() {
    outbox.enqueue(event());
    failBatches(ClassPassHealthIndicator.FAILURES_BEFORE_DOWN);
    calls.batchSent(10);
    clock.advance(Duration.ofHours(2));

    Health health = health(outbox);

    assertThat(health.getStatus()).isEqualTo(Status.UP);
    assertThat(health.getDetails())
        .containsEntry("consecutiveFailures", 0)
        .containsEntry("lastSuccess", "2026-03-01T10:00:00Z");
  }

  @Test
  void anOutboxThatCannotBeReadIsDownNamingOnlyTheFailuresClass() {
    Health health = health(new ClassPassSyncEventsTest.BrokenOutbox());

    assertThat(health.getStatus()).isEqualTo(Status.DOWN);
    assertThat(health.getDetails())
        .containsEntry("outbox", "unreachable")
        .containsEntry("outboxError", "io.github.aggregatorsdk.classpass.outbox.OutboxStoreException");
    assertThat(health.getDetails().toString()).doesNotContain("database is down");
  }

  private OutboxEvent event() {
    return new OutboxEvent("e-1", OutboxEventType.SCHEDULE, "schedule:s-1", clock.instant(),
        "{\"user\": \"Ann Lee\"}");
  }
}
