package io.github.aggregatorsdk.classpass.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ResyncBatchingRunTest {

  private final LoopbackInventoryServer server = LoopbackInventoryServer.start();

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void resyncInBatchesOf100SendsOneRequestPerHundredClasses() {
    ResyncBatchingRun.Result result = ResyncBatchingRun.resync(
        server, ResyncBatchingRun.client(server, 100), 100, 1_050);

    assertThat(result.pushed()).isEqualTo(1_050);
    assertThat(result.requests()).isEqualTo(11);
    assertThat(server.requests("/v1/inventory/batch-updates")).isEqualTo(11);
  }

  @Test
  void resyncWithBatchSizeOneSendsOneRequestPerClass() {
    ResyncBatchingRun.Result result = ResyncBatchingRun.resync(
        server, ResyncBatchingRun.client(server, 1), 1, 300);

    assertThat(result.pushed()).isEqualTo(300);
    assertThat(result.requests()).isEqualTo(300);
  }

  @Test
  void countsStartAgainFromZeroForEachResync() {
    ResyncBatchingRun.resync(server, ResyncBatchingRun.client(server, 100), 100, 500);

    ResyncBatchingRun.Result second = ResyncBatchingRun.resync(
        server, ResyncBatchingRun.client(server, 100), 100, 200);

    assertThat(second.requests()).isEqualTo(2);
  }
}
