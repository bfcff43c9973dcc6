package io.github.aggregatorsdk.classpass.spring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** Stopping the starter's schedulers never waits for, nor starts, a run that is only planned. */
class DaemonThreadsTest {

  @Test
  void shutdownDropsADelayedFirstRunInsteadOfWaitingForIt() throws Exception {
    ScheduledExecutorService scheduler = DaemonThreads.scheduler("test-scheduler");
    AtomicBoolean ran = new AtomicBoolean();
    scheduler.schedule(() -> ran.set(true), 1, TimeUnit.HOURS);
    scheduler.scheduleWithFixedDelay(() -> ran.set(true), 2, 6, TimeUnit.HOURS);

    scheduler.shutdown();

    assertThat(scheduler.awaitTermination(5, TimeUnit.SECONDS)).isTrue();
    assertThat(ran).isFalse();
  }
}
