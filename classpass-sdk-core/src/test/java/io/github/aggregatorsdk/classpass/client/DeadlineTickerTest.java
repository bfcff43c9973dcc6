package io.github.aggregatorsdk.classpass.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
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
  void itsThreadEndsWhenIdleAndTheNextRegistrationStartsOne() throws Exception {
    assertThat(ticker.thread()).as("a thread before any call").isEmpty();
    Recorded first = new Recorded(System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(10));
    ticker.register(first);
    Thread thread = ticker.thread().orElseThrow();
    assertThat(first.expired.await(1, TimeUnit.SECONDS)).isTrue();

    // Idle for IDLE_TICKS ticks: the thread ends, so nothing outlives the client's calls.
    thread.join(TimeUnit.SECONDS.toMillis(5));
    assertThat(thread.isAlive()).as("the ticker's thread after it was idle").isFalse();
    assertThat(ticker.thread()).isEmpty();

    Recorded next = new Recorded(System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(10));
    ticker.register(next);

    assertThat(next.expired.await(1, TimeUnit.SECONDS)).isTrue();
  }

  @Test
  void registrationsRacingTheIdleThreadsEndAreAllExpired() throws Exception {
    // Short idle periods and registrations from several threads at random moments: however a
    // registration meets a thread that is just ending, some thread expires it.
    DeadlineTicker racing = new DeadlineTicker(TimeUnit.MICROSECONDS.toNanos(500), "test-racing");
    AtomicInteger expired = new AtomicInteger();
    int calls = 80;
    Thread[] registering = new Thread[4];
    for (int t = 0; t < registering.length; t++) {
      registering[t] = new Thread(() -> {
        for (int i = 0; i < calls / registering.length; i++) {
          racing.register(new DeadlineTicker.Expiring() {
            final long deadline = System.nanoTime();

            @Override
            public long deadlineNanos() {
              return deadline;
            }

            @Override
            public void expire() {
              expired.incrementAndGet();
            }
          });
          try {
            // About the idle period (200 ticks of about half a millisecond) now and then.
            int pause = ThreadLocalRandom.current().nextInt(0, 4) == 0
                ? ThreadLocalRandom.current().nextInt(80, 140) : 0;
            Thread.sleep(pause);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
          }
        }
      });
      registering[t].start();
    }
    for (Thread thread : registering) {
      thread.join();
    }
    long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
    while (expired.get() < calls && System.nanoTime() < until) {
      Thread.sleep(5);
    }
    racing.stop();
    assertThat(expired.get()).isEqualTo(calls);
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
