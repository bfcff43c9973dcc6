package io.github.aggregatorsdk.classpass.outbox;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.github.aggregatorsdk.classpass.outbox.Eventually.await;
import static io.github.aggregatorsdk.classpass.outbox.FakeClassPass.BATCH_UPDATES;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.aggregatorsdk.classpass.booking.AvailabilityCalculator;
import io.github.aggregatorsdk.classpass.mapping.internal.ScheduleMapper;
import io.github.aggregatorsdk.classpass.outbox.RecordingClient.Push;
import io.github.aggregatorsdk.classpass.sync.SyncStudio;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Two dispatchers, as two app instances would run them, on one JDBC outbox: no entry is ever in
 * flight from both at once, and every event is delivered exactly once when nothing fails, also
 * while newer versions keep arriving.
 */
abstract class TwoDispatchersContract {

  private static final int CLASSES = 100;

  @RegisterExtension static WireMockExtension classPass = FakeClassPass.server();

  private final Clock clock = Clock.systemUTC();

  /** A store on the shared database; every call returns a new instance on the same tables. */
  protected abstract OutboxStore openStore();

  @Test
  void twoDispatchersOnOneOutboxNeverSendTheSameEntryAtTheSameTime() {
    classPass.stubFor(post(urlEqualTo(BATCH_UPDATES))
        .willReturn(aResponse().withStatus(200).withFixedDelay(15)));
    OutboxStore outbox = openStore();
    List<Push> pushes = new CopyOnWriteArrayList<>();
    List<OutboxDispatcher> dispatchers = new ArrayList<>();
    for (String name : List.of("a", "b")) {
      dispatchers.add(OutboxDispatcher.builder()
          .store(openStore())
          .client(new RecordingClient(FakeClassPass.client(classPass, 10), name, pushes))
          .batchSize(10)
          .dispatchInterval(Duration.ofMillis(5))
          .lease(Duration.ofSeconds(30))
          .build());
    }
    Set<String> queued = new HashSet<>();
    dispatchers.forEach(OutboxDispatcher::start);
    try {
      for (int round = 0; round < 3; round++) {
        for (int i = 0; i < CLASSES; i++) {
          OutboxEvent event = event("s-" + i);
          outbox.enqueue(event);
          queued.add(event.eventId());
        }
        dispatchers.forEach(OutboxDispatcher::wakeUp);
      }
      await(() -> outbox.counts().pending() == 0);
    } finally {
      dispatchers.forEach(OutboxDispatcher::stop);
    }

    assertThat(pushes).allMatch(Push::succeeded);
    assertThat(pushes).extracting(Push::sender).contains("a", "b");
    List<String> sent = pushes.stream().flatMap(push -> push.eventIds().stream()).toList();
    assertThat(sent).doesNotHaveDuplicates();
    assertThat(queued).containsAll(sent);
    for (Push one : pushes) {
      for (Push other : pushes) {
        if (one != other && one.overlaps(other)) {
          assertThat(one.scheduleIds())
              .as("schedules in flight from %s and %s at once", one.sender(), other.sender())
              .doesNotContainAnyElementsOf(other.scheduleIds());
        }
      }
    }
    assertThat(pushes.stream().flatMap(push -> push.scheduleIds().stream()).distinct().count())
        .isEqualTo(CLASSES);
  }

  private OutboxEvent event(String sessionId) {
    ScheduleMapper mapper = new ScheduleMapper(new AvailabilityCalculator(clock), clock);
    return TestEvents.schedule(mapper.toSchedule(SyncStudio.session(sessionId).build()));
  }
}
