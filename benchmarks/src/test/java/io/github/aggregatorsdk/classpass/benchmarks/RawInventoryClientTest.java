package io.github.aggregatorsdk.classpass.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.aggregatorsdk.classpass.client.ClassPassClient;
import io.github.aggregatorsdk.classpass.model.UpdateEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The client-overhead baseline is only fair if it sends what the SDK sends. */
class RawInventoryClientTest {

  private final LoopbackInventoryServer server = LoopbackInventoryServer.start();

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void rawClientSendsTheSameRequestAsTheSdk() throws Exception {
    UpdateEvent event = UpdateEvent.of(StudioFixtures.schedule());
    ClassPassClient.builder().baseUrl(server.baseUrl()).accessToken("bench-token").build()
        .pushUpdate(event);
    LoopbackInventoryServer.Received sdk = server.lastRequest();

    new RawInventoryClient(server.baseUrl(), "bench-token").pushUpdate(event);
    LoopbackInventoryServer.Received raw = server.lastRequest();

    assertThat(raw.method()).isEqualTo(sdk.method()).isEqualTo("POST");
    assertThat(raw.path()).isEqualTo(sdk.path()).isEqualTo("/v1/inventory/updates");
    assertThat(raw.body()).isEqualTo(sdk.body());
    for (String header : new String[] {"Authorization", "Content-Type", "Accept"}) {
      assertThat(raw.headers().get(header)).as(header).isEqualTo(sdk.headers().get(header));
    }
  }
}
