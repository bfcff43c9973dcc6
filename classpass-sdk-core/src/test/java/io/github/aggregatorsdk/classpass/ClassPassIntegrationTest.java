package io.github.aggregatorsdk.classpass;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.aggregatorsdk.classpass.client.ClassPassClient;
import io.github.aggregatorsdk.classpass.partnerapi.PartnerApiRequest;
import io.github.aggregatorsdk.classpass.partnerapi.PartnerApiResponse;
import io.github.aggregatorsdk.classpass.spi.ClassPassSettings;
import io.github.aggregatorsdk.classpass.spi.ClassSession;
import io.github.aggregatorsdk.classpass.spi.PartnerProfile;
import io.github.aggregatorsdk.classpass.spi.PostalAddress;
import io.github.aggregatorsdk.classpass.spi.VenueProfile;
import io.github.aggregatorsdk.classpass.spi.memory.InMemoryStudio;
import io.github.aggregatorsdk.classpass.outbox.MutableClock;
import io.github.aggregatorsdk.classpass.outbox.OutboxEntry;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The one front door: built from the host's repositories, everything wired to each other. */
class ClassPassIntegrationTest {

  private final MutableClock clock = new MutableClock(Instant.parse("2026-03-09T12:00:00Z"));
  private final InMemoryStudio studio = new InMemoryStudio(clock);
  private final ClassPassClient client = ClassPassClient.builder()
      .baseUrl(URI.create("http://127.0.0.1:9")).accessToken("access-1").build();

  @Test
  void aReservationServedByThePartnerApiQueuesItsClassesUpdate() {
    studio.partners().save(new PartnerProfile("p-1", "Flow", null, List.of(),
        Instant.parse("2026-01-01T00:00:00Z")));
    studio.partners().save(new VenueProfile("p-1", "v-1", "Flow Mitte", null,
        new PostalAddress("Torstr. 1", null, "Berlin", null, "10119", "DE"),
        null, null, null, null, null, List.of(), Instant.parse("2026-01-01T00:00:00Z")));
    ZonedDateTime start = ZonedDateTime.parse("2026-03-10T18:00:00+01:00[Europe/Berlin]");
    studio.sessions().save(ClassSession.builder().id("s-1").partnerId("p-1").venueId("v-1")
        .activity(new io.github.aggregatorsdk.classpass.spi.Activity("a-1", "Flow", null,
            ClassPassSettings.offered(), Instant.parse("2026-01-01T00:00:00Z")))
        .start(start).end(start.plusHours(1)).capacity(10)
        .lateCancelWindow(Duration.ofHours(8)).lastUpdated(clock.instant()).build());
    ClassPassIntegration integration = builder().build();

    PartnerApiResponse answer = integration.partnerApi().handle(PartnerApiRequest.of(
        "POST", "/classpass/reservations", null,
        name -> Map.of("authorization", "Bearer partner-token-1",
            "content-type", "application/json").get(name.toLowerCase(Locale.ROOT)),
        new ByteArrayInputStream(("{\"reservation_id\":\"r-1\",\"partner_id\":\"p-1\","
            + "\"venue_id\":\"v-1\",\"schedule_id\":\"s-1\",\"user\":{\"user_id\":\"cp-1\","
            + "\"first_name\":\"Ana\",\"last_name\":\"Lima\"}}").getBytes(StandardCharsets.UTF_8))));

    assertThat(answer.status()).as(new String(answer.body(), StandardCharsets.UTF_8))
        .isEqualTo(200);
    assertThat(studio.bookings().findByReservationId("r-1")).isPresent();
    List<OutboxEntry> queued = integration.outbox().claim("reader", 10, Duration.ofMinutes(1));
    assertThat(queued).extracting(OutboxEntry::key).containsExactly("schedule:s-1");
    integration.close();
  }

  @Test
  void aMissingPartToBuildFromIsNamed() {
    assertThatThrownBy(() -> ClassPassIntegration.builder().client(client).build())
        .isInstanceOf(IllegalStateException.class).hasMessage("customers is required");
    assertThatThrownBy(() -> builder().partnerApiToken(null))
        .isInstanceOf(NullPointerException.class);
  }

  private ClassPassIntegration.Builder builder() {
    return ClassPassIntegration.builder()
        .client(client)
        .customers(studio.customers())
        .sessions(studio.sessions())
        .bookings(studio.bookings())
        .transactions(studio.transactions())
        .partners(studio.partners())
        .partnerApiToken("partner-token-1")
        .fullResyncInterval(Duration.ZERO)
        .clock(clock);
  }
}
