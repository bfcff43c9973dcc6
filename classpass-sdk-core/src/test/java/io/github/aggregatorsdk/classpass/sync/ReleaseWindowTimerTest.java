package io.github.aggregatorsdk.classpass.sync;

import static io.github.aggregatorsdk.classpass.sync.SyncStudio.START;
import static io.github.aggregatorsdk.classpass.sync.SyncStudio.payload;
import static io.github.aggregatorsdk.classpass.sync.SyncStudio.take;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.aggregatorsdk.classpass.outbox.InMemoryOutboxStore;
import io.github.aggregatorsdk.classpass.outbox.MutableClock;
import io.github.aggregatorsdk.classpass.spi.ClassPassSettings;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ReleaseWindowTimerTest {

  private final MutableClock clock = new MutableClock(START.toInstant().minus(Duration.ofHours(3)));
  private final SyncStudio host = new SyncStudio(clock);
  private final InMemoryOutboxStore outbox = new InMemoryOutboxStore(clock);
  private final CapturingScheduler scheduler = new CapturingScheduler();
  private final ScheduleSync sync = ScheduleSync.builder()
      .sessions(host.studio.sessions())
      .bookings(host.studio.bookings())
      .partners(host.studio.partners())
      .outbox(outbox)
      .clock(clock)
      .releaseWindowScheduler(scheduler)
      .build();

  @AfterEach
  void shutDown() {
    scheduler.shutdownNow();
  }

  @Test
  void sessionIsQueuedAgainWhenItsReleaseWindowOpens() {
    ClassPassSettings limited =
        ClassPassSettings.offered().withSpotLimit(2).withReleaseAllSpotsBeforeStart(
            Duration.ofHours(1));
    host.add("s-1", session -> session.activity(SyncStudio.activity(limited)));
    sync.sessionChanged("s-1");
    assertThat(payload(take(outbox).get(0)).get("available_spots").asInt()).isEqualTo(2);

    assertThat(scheduler.delays).containsExactly(Duration.ofHours(2).plusMillis(1));
    clock.advance(Duration.ofHours(2));
    scheduler.tasks.get(0).run();

    assertThat(payload(take(outbox).get(0)).get("available_spots").asInt()).isEqualTo(10);
  }

  @Test
  void sessionWithoutLimitOrWithAnOpenWindowSetsNoTimer() {
    host.add("s-1");
    host.add("s-2", session -> session.activity(SyncStudio.activity(ClassPassSettings.offered()
        .withSpotLimit(2).withReleaseAllSpotsBeforeStart(Duration.ofHours(4)))));

    sync.sessionChanged("s-1");
    sync.sessionChanged("s-2");

    assertThat(scheduler.delays).isEmpty();
  }

  @Test
  void repeatedChangesKeepOneTimerPerSession() {
    host.add("s-1", session -> session.activity(SyncStudio.activity(ClassPassSettings.offered()
        .withSpotLimit(2).withReleaseAllSpotsBeforeStart(Duration.ofHours(1)))));

    sync.sessionChanged("s-1");
    sync.sessionChanged("s-1");

    assertThat(scheduler.delays).hasSize(1);
  }

  /** Records what is scheduled and runs nothing by itself. */
  private static final class CapturingScheduler extends ScheduledThreadPoolExecutor {
    final List<Duration> delays = new ArrayList<>();
    final List<Runnable> tasks = new ArrayList<>();

    CapturingScheduler() {
      super(1);
    }

    @Override
    public ScheduledFuture<?> schedule(Runnable command, long delay, TimeUnit unit) {
      delays.add(Duration.of(delay, unit.toChronoUnit()));
      tasks.add(command);
      return super.schedule(() -> {}, 1, TimeUnit.DAYS);
    }
  }
}
