package io.github.aggregatorsdk.classpass.outbox;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.github.aggregatorsdk.classpass.outbox.FakeClassPass.BATCH_UPDATES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.aggregatorsdk.classpass.booking.AvailabilityCalculator;
import io.github.aggregatorsdk.classpass.internal.SdkLogCapture;
import io.github.aggregatorsdk.classpass.mapping.internal.ScheduleMapper;
import io.github.aggregatorsdk.classpass.sync.SyncStudio;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The dispatch observer hears each claimed batch: how many events, how many were delivered. */
class DispatchObserverTest {

  @RegisterExtension static WireMockExtension classPass = FakeClassPass.server();

  private final MutableClock clock = new MutableClock(Instant.parse("2026-03-09T12:00:00Z"));
  private final InMemoryOutboxStore outbox = new InMemoryOutboxStore(clock);
  private final List<String> heard = new CopyOnWriteArrayList<>();
  private final DispatchObserver recording = events -> {
    heard.add("started " + events);
    return new DispatchObserver.Batch() {
      @Override
      public void finished(int delivered) {
        heard.add("delivered " + delivered);
      }

      @Override
      public void failed(RuntimeException failure) {
        heard.add("failed " + failure.getClass().getSimpleName());
      }
    };
  };

  @Test
  void aDeliveredBatchIsHeardWithItsEvents() {
    answer(200);
    enqueue("s-1", "s-2");

    dispatcher(outbox).dispatchOnce();

    assertThat(heard).containsExactly("started 2", "delivered 2");
  }

  @Test
  void aBatchClassPassRefusedIsHeardAsNoneDelivered() {
    answer(503);
    enqueue("s-1");

    dispatcher(outbox).dispatchOnce();

    assertThat(heard).containsExactly("started 1", "delivered 0");
  }

  @Test
  void aDeadLetterIsLoggedWithItsEventIdAndKeyAsKeyValues() throws Exception {
    answer(422);
    enqueue("s-1");

    String logged = SdkLogCapture.during(() -> dispatcher(outbox).dispatchOnce());

    // slf4j-simple writes key-values before the message; JSON encoders make them fields.
    assertThat(logged).containsPattern(
        "WARN .* classpass.event_id=\\S+ classpass.event_key=schedule:s-1 gave up on SCHEDULE");
  }

  @Test
  void aClaimThatFindsNothingIsNoBatch() {
    dispatcher(outbox).dispatchOnce();

    assertThat(heard).isEmpty();
  }

  @Test
  void aBatchTheStoreBreaksOffIsHeardAsFailed() {
    answer(200);
    enqueue("s-1");
    OutboxStore failing = new DelegatingOutbox(outbox) {
      @Override
      public void markSent(String owner, List<OutboxEntry> entries) {
        throw new OutboxStoreException("markSent failed on table classpass_outbox", null);
      }
    };

    assertThatThrownBy(() -> dispatcher(failing).dispatchOnce())
        .isInstanceOf(OutboxStoreException.class);

    assertThat(heard).containsExactly("started 1", "failed OutboxStoreException");
  }

  @Test
  void aFailingObserverNeverChangesTheDelivery() {
    answer(200);
    enqueue("s-1");
    DispatchObserver broken = events -> {
      throw new IllegalStateException("observer bug");
    };

    int claimed = OutboxDispatcher.builder().store(outbox)
        .client(FakeClassPass.client(classPass, 100)).clock(clock).dispatchObserver(broken)
        .build().dispatchOnce();

    assertThat(claimed).isOne();
    assertThat(outbox.counts().pending()).isZero();
  }

  private OutboxDispatcher dispatcher(OutboxStore store) {
    return OutboxDispatcher.builder()
        .store(store)
        .client(FakeClassPass.client(classPass, 100))
        .clock(clock)
        .retryBackoff(Duration.ofSeconds(10), Duration.ofMinutes(1))
        .dispatchObserver(recording)
        .build();
  }

  private void enqueue(String... sessionIds) {
    ScheduleMapper mapper = new ScheduleMapper(new AvailabilityCalculator(clock), clock);
    for (String sessionId : sessionIds) {
      outbox.enqueue(TestEvents.schedule(mapper.toSchedule(SyncStudio.session(sessionId).build())));
      clock.advance(Duration.ofMillis(1));
    }
  }

  private static void answer(int status) {
    classPass.stubFor(post(urlEqualTo(BATCH_UPDATES)).willReturn(aResponse().withStatus(status)));
  }
}
