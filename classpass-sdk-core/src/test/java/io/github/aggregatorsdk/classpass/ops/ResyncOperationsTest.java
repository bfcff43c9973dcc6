package io.github.aggregatorsdk.classpass.ops;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.github.aggregatorsdk.classpass.outbox.FakeClassPass.BATCH_UPDATES;
import static io.github.aggregatorsdk.classpass.ops.OpsStudio.PARTNER;
import static io.github.aggregatorsdk.classpass.ops.OpsStudio.VENUE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.aggregatorsdk.classpass.outbox.FakeClassPass;
import io.github.aggregatorsdk.classpass.sync.SyncStudio;
import java.time.Duration;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Resync on demand: progress while it runs, the end, one at a time, and stopping on close. */
class ResyncOperationsTest {

  @RegisterExtension static WireMockExtension classPass = FakeClassPass.server();

  private final OpsStudio host = new OpsStudio(classPass);

  @AfterEach
  void close() {
    host.close();
  }

  @Test
  void aVenueResyncShowsClassesDoneOfTotalWhileItRunsAndReachesTheTotal() throws Exception {
    classPass.stubFor(post(urlEqualTo(BATCH_UPDATES))
        .willReturn(aResponse().withStatus(200).withFixedDelay(300)));
    for (int i = 0; i < 250; i++) {
      int minutes = i;
      host.add("s-" + i, session -> session.start(SyncStudio.START.plusMinutes(minutes))
          .end(SyncStudio.START.plusMinutes(minutes + 60)));
    }

    ResyncRun run = host.ops().resyncVenue(PARTNER, VENUE);

    ResyncProgress counted = awaitTotal(run);
    assertThat(counted.state()).isEqualTo(ResyncProgress.State.RUNNING);
    assertThat(counted.total()).isEqualTo(250);
    assertThat(counted.done()).isLessThan(250);
    assertThat(counted.partnerId()).isEqualTo(PARTNER);
    assertThat(host.ops().resyncAll()).as("one resync at a time").isSameAs(run);
    assertThat(host.ops().status().resync().id()).isEqualTo(counted.id());

    assertThat(run.await(Duration.ofSeconds(20))).isTrue();
    ResyncProgress done = run.progress();
    assertThat(done.state()).isEqualTo(ResyncProgress.State.DONE);
    assertThat(done.done()).isEqualTo(250);
    assertThat(done.total()).isEqualTo(250);
    assertThat(done.pushed()).isEqualTo(250);
    assertThat(done.finishedAt()).isNotNull();
    classPass.verify(3, postRequestedFor(urlEqualTo(BATCH_UPDATES)));
    assertThat(FakeClassPass.events(classPass)).hasSize(250);
  }

  @Test
  void resyncAllPushesEveryVenueAndAFailedPushIsQueuedNotLost() throws Exception {
    host.studio.partners().save(SyncStudio.venue("v-2"));
    host.add("s-1");
    host.add("s-2", session -> session.venueId("v-2"));
    classPass.stubFor(post(urlEqualTo(BATCH_UPDATES)).willReturn(aResponse().withStatus(503)));

    ResyncRun run = host.ops().resyncAll();

    assertThat(run.await(Duration.ofSeconds(20))).isTrue();
    ResyncProgress done = run.progress();
    assertThat(done.state()).isEqualTo(ResyncProgress.State.DONE);
    assertThat(done.venueId()).isNull();
    assertThat(done.total()).isEqualTo(2);
    assertThat(done.done()).isEqualTo(2);
    assertThat(done.queued()).isEqualTo(2);
    assertThat(host.ops().status().updates().pending()).isEqualTo(2);
  }

  @Test
  void closingTheOperationsStopsARunningResync() throws Exception {
    classPass.stubFor(post(urlEqualTo(BATCH_UPDATES))
        .willReturn(aResponse().withStatus(200).withFixedDelay(300)));
    for (int i = 0; i < 1000; i++) {
      int minutes = i;
      host.add("s-" + i, session -> session.start(SyncStudio.START.plusMinutes(minutes))
          .end(SyncStudio.START.plusMinutes(minutes + 60)));
    }
    ResyncRun run = host.ops().resyncAll();
    awaitTotal(run);

    host.integration.close();

    assertThat(run.await(Duration.ofSeconds(20))).isTrue();
    assertThat(run.progress().state()).isEqualTo(ResyncProgress.State.CANCELLED);
    assertThat(run.progress().done()).isLessThan(1000);
    assertThatThrownBy(() -> host.ops().resyncAll()).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void anUnknownVenueIsRefusedBeforeAnythingRuns() {
    assertThatThrownBy(() -> host.ops().resyncVenue(PARTNER, "v-nowhere"))
        .isInstanceOf(NoSuchElementException.class).hasMessageContaining("v-nowhere");
    assertThat(host.ops().currentResync()).isEmpty();
  }

  private static ResyncProgress awaitTotal(ResyncRun run) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while (System.nanoTime() < deadline) {
      ResyncProgress progress = run.progress();
      if (progress.total() > 0) {
        return progress;
      }
      Thread.sleep(5);
    }
    throw new AssertionError("the resync never counted its classes: " + run.progress());
  }
}
