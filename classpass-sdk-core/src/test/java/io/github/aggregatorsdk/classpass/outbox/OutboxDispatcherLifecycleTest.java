package io.github.aggregatorsdk.classpass.outbox;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.github.aggregatorsdk.classpass.outbox.Eventually.await;
import static io.github.aggregatorsdk.classpass.outbox.FakeClassPass.BATCH_UPDATES;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.aggregatorsdk.classpass.booking.AvailabilityCalculator;
import io.github.aggregatorsdk.classpass.client.ClassPassClient;
import io.github.aggregatorsdk.classpass.client.PushUpdatesResult;
import io.github.aggregatorsdk.classpass.mapping.internal.ScheduleMapper;
import io.github.aggregatorsdk.classpass.model.UpdateEvent;
import io.github.aggregatorsdk.classpass.sync.SyncStudio;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The background thread: waking, stopping, restarting, surviving store failures. */
class OutboxDispatcherLifecycleTest {

  @RegisterExtension static WireMockExtension classPass = FakeClassPass.server();

  private final Clock clock = Clock.systemUTC();
  private final InMemoryOutboxStore outbox = new InMemoryOutboxStore(clock);
  private final CountDownLatch sending = new CountDownLatch(1);
  private OutboxDispatcher dispatcher;

  @AfterEach
  void stop() {
    if (dispatcher != null) {
      dispatcher.stop();
    }
  }

  @Test
  void startedDispatcherSendsAtOnceWhenWokenOnADaemonThreadNamedClasspassDispatcher() {
    classPass.stubFor(post(urlEqualTo(BATCH_UPDATES)).willReturn(aResponse().withStatus(200)));
    dispatcher = builder().dispatchInterval(Duration.ofHours(1)).build();
    dispatcher.start();
    dispatcher.start();

    outbox.enqueue(event("s-1"));
    dispatcher.wakeUp();

    await(() -> outbox.counts().pending() == 0);
    assertThat(Thread.getAllStackTraces().keySet())
        .filteredOn(thread -> thread.getName().equals("classpass-dispatcher"))
        .singleElement()
        .matches(Thread::isDaemon);
    assertThat(dispatcher.isRunning()).isTrue();
  }

  @Test
  void stopLetsTheBatchInFlightFinish() throws InterruptedException {
    classPass.stubFor(post(urlEqualTo(BATCH_UPDATES))
        .willReturn(aResponse().withStatus(200).withFixedDelay(300)));
    dispatcher = builder().build();
    outbox.enqueue(event("s-1"));
    dispatcher.start();
    assertThat(sending.await(5, TimeUnit.SECONDS)).isTrue();

    dispatcher.stop();

    assertThat(dispatcher.isRunning()).isFalse();
    assertThat(outbox.counts().pending()).isZero();
  }

  @Test
  void stopInterruptsABatchThatOutlastsTheShutdownTimeoutAndKeepsItsEvents()
      throws InterruptedException {
    classPass.stubFor(post(urlEqualTo(BATCH_UPDATES))
        .willReturn(aResponse().withStatus(200).withFixedDelay(5_000)));
    dispatcher = builder().shutdownTimeout(Duration.ofMillis(100)).build();
    outbox.enqueue(event("s-1"));
    dispatcher.start();
    assertThat(sending.await(5, TimeUnit.SECONDS)).isTrue();
    long before = System.nanoTime();

    dispatcher.stop();

    assertThat(Duration.ofNanos(System.nanoTime() - before)).isLessThan(Duration.ofSeconds(4));
    assertThat(outbox.counts().pending()).isEqualTo(1);
  }

  @Test
  void stoppedDispatcherCanBeStartedAgain() {
    classPass.stubFor(post(urlEqualTo(BATCH_UPDATES)).willReturn(aResponse().withStatus(200)));
    dispatcher = builder().build();
    dispatcher.start();
    dispatcher.stop();
    outbox.enqueue(event("s-1"));

    dispatcher.start();
    dispatcher.wakeUp();

    await(() -> outbox.counts().pending() == 0);
  }

  @Test
  void storeFailureIsRetriedByTheBackgroundThread() {
    classPass.stubFor(post(urlEqualTo(BATCH_UPDATES)).willReturn(aResponse().withStatus(200)));
    AtomicInteger failures = new AtomicInteger(3);
    OutboxStore flaky = new DelegatingOutbox(outbox) {
      @Override
      public List<OutboxEntry> claim(String owner, int max, Duration lease) {
        if (failures.getAndDecrement() > 0) {
          throw new OutboxStoreException("Could not claim (database restarting)", null);
        }
        return super.claim(owner, max, lease);
      }
    };
    outbox.enqueue(event("s-1"));
    dispatcher = builder().store(flaky).build();

    dispatcher.start();

    await(() -> outbox.counts().pending() == 0);
  }

  private OutboxDispatcherBuilder builder() {
    ClassPassClient real = FakeClassPass.client(classPass, 100);
    // A RecordingClient only for its forwarding; the countdown says a send has begun.
    ClassPassClient signalling = new RecordingClient(real) {
      @Override
      public PushUpdatesResult pushUpdates(List<UpdateEvent> events) {
        sending.countDown();
        return super.pushUpdates(events);
      }
    };
    return OutboxDispatcher.builder()
        .store(outbox)
        .client(signalling)
        .dispatchInterval(Duration.ofMillis(10))
        .clock(clock);
  }

  private OutboxEvent event(String sessionId) {
    return TestEvents.schedule(new ScheduleMapper(new AvailabilityCalculator(clock),
        clock).toSchedule(SyncStudio.session(sessionId).build()));
  }

}
