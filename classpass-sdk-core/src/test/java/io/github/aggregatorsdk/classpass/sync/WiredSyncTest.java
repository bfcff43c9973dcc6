package io.github.aggregatorsdk.classpass.sync;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.github.aggregatorsdk.classpass.outbox.Eventually.await;
import static io.github.aggregatorsdk.classpass.outbox.FakeClassPass.BATCH_UPDATES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.aggregatorsdk.classpass.ClassPassIntegration;
import io.github.aggregatorsdk.classpass.booking.BookingServices;
import io.github.aggregatorsdk.classpass.outbox.FakeClassPass;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class WiredSyncTest {

  @RegisterExtension static WireMockExtension classPass = FakeClassPass.server();

  private final Clock clock = Clock.systemUTC();
  private final SyncStudio host = new SyncStudio(clock);

  @Test
  void wiredSyncDeliversAClassPassReservationsNewAvailabilityByItself() {
    classPass.stubFor(post(urlEqualTo(BATCH_UPDATES)).willReturn(aResponse().withStatus(200)));
    ZonedDateTime start = ZonedDateTime.now(clock).plusDays(1);
    host.add("s-1", session -> session.start(start).end(start.plusHours(1)));

    try (ClassPassIntegration sync = host.integration(FakeClassPass.client(classPass, 100))
        .clock(clock)
        .build()) {
      BookingServices services = sync.booking();
      sync.start();

      host.reserve(services, "r-1", "s-1");

      await(() -> sync.outbox().counts().pending() == 0 && !FakeClassPass.events(classPass)
          .isEmpty());
      List<JsonNode> events = FakeClassPass.events(classPass);
      assertThat(events).singleElement()
          .satisfies(event -> assertThat(event.get("payload").get("available_spots").asInt())
              .isEqualTo(9));
      assertThat(sync.dispatcher().isRunning()).isTrue();
      sync.close();
      assertThat(sync.dispatcher().isRunning()).isFalse();
    }
  }

  @Test
  void missingRepositoryIsNamed() {
    assertThatThrownBy(() -> ClassPassIntegration.builder()
        .client(FakeClassPass.client(classPass, 100))
        .customers(host.studio.customers())
        .sessions(host.studio.sessions())
        .transactions(host.studio.transactions())
        .partners(host.studio.partners())
        .build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("bookings");
  }
}
