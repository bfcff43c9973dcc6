package io.github.aggregatorsdk.classpass.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class DeadlineTickerTest {

  private static final long TICK = TimeUnit.MILLISECONDS.toNanos(2);

  private final DeadlineTicker ticker = new DeadlineTicker(TICK, "test-deadline");

  @AfterEach
  void stop() {
    ticker.stop();
  }

  @Test
  void expiresWhatIsRegisteredOnceItsDeadlinePassesAndOnlyOnce() throws Exception {
    Recorded call = new Recorded(System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(50));
    long start = System.nanoTime();

    ticker.register(call);

    assertThat(call.expired.await(5, TimeUnit.SECONDS)).isTrue();
    assertThat(System.nanoTime() - start).isGreaterThanOrEqualTo(TimeUnit.MILLISECONDS.toNanos(50));
    Thread.sleep(20);
    assertThat(call.expiries.get()).isEqualTo(1);
    assertThat(ticker.inFlight()).isZero();
  }

  @Test
  void leavesAloneWhatIsUnregisteredBeforeItsDeadline() throws Exception {
    Recorded done = new Recorded(System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(30));
    Recorded pending = new Recorded(System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(60));

    ticker.register(done);
    ticker.register(pending);
    ticker.unregister(done);

    assertThat(pending.expired.await(5, TimeUnit.SECONDS)).isTrue();
    assertThat(done.expiries.get()).isZero();
  }

  @Test
  void sleepsWhenIdleAndWakesForTheNextRegistration() throws Exception {
    long idle = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
    while (!ticker.sleeping() && System.nanoTime() < idle) {
      Thread.sleep(5);
    }
    assertThat(ticker.sleeping()).isTrue();

    Recorded call = new Recorded(System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(10));
    ticker.register(call);

    assertThat(call.expired.await(1, TimeUnit.SECONDS)).isTrue();
  }

  @Test
  void aFailingExpiryDoesNotStopTheClock() throws Exception {
    long now = System.nanoTime();
    ticker.register(
        new DeadlineTicker.Expiring() {
          @Override
          public long deadlineNanos() {
            return now;
          }

          @Override
          public void expire() {
            throw new IllegalStateException("broken");
          }
        });
    Recorded later = new Recorded(now + TimeUnit.MILLISECONDS.toNanos(30));
    ticker.register(later);

    assertThat(later.expired.await(5, TimeUnit.SECONDS)).isTrue();
  }

  private static final class Recorded implements DeadlineTicker.Expiring {
    final long deadline;
    final AtomicInteger expiries = new AtomicInteger();
    final CountDownLatch expired = new CountDownLatch(1);

    Recorded(long deadline) {
      this.deadline = deadline;
    }

    @Override
    public long deadlineNanos() {
      return deadline;
    }

    @Override
    public void expire() {
      expiries.incrementAndGet();
      expired.countDown();
    }
  }
}
