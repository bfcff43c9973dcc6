package io.github.aggregatorsdk.classpass;

import io.github.aggregatorsdk.classpass.booking.CancellationCommand;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.aggregatorsdk.classpass.booking.BookingEventListener;
import io.github.aggregatorsdk.classpass.booking.ReservationState;
import io.github.aggregatorsdk.classpass.client.ClassPassClient;
import io.github.aggregatorsdk.classpass.outbox.InMemoryOutboxStore;
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
    seedStudio();
    ClassPassIntegration integration = builder().build();

    PartnerApiResponse answer = reserve(integration);

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

  @Test
  void theHostsBookingListenerHearsEveryChangeAfterTheSyncQueuedIt() {
    seedStudio();
    reserve(builder().build()).status();
    List<String> heard = new java.util.concurrent.CopyOnWriteArrayList<>();
    ClassPassIntegration integration = builder().outbox(new InMemoryOutboxStore(clock))
        .bookingListener(new BookingEventListener() {
          @Override
          public void sessionChanged(String sessionId) {
            heard.add("session " + sessionId);
          }

          @Override
          public void reservationStatusChanged(ReservationState state) {
            heard.add("reservation " + state.booking().reservationId() + " " + state.status());
          }
        }).build();

    integration.booking().cancellations().cancel(new CancellationCommand("r-1", "p-1", false));

    assertThat(heard).containsExactly("reservation r-1 CANCELLED", "session s-1");
    assertThat(integration.outbox().counts().pending()).isEqualTo(2);
    integration.close();
  }

  @Test
  void withoutAPartnerApiTokenThePartnerApiIsRefusedWithTheFix() {
    ClassPassIntegration integration = ClassPassIntegration.builder().client(client)
        .customers(studio.customers()).sessions(studio.sessions()).bookings(studio.bookings())
        .transactions(studio.transactions()).partners(studio.partners()).build();

    assertThatThrownBy(integration::partnerApi).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("partnerApiToken(token)");
    integration.close();
  }

  @Test
  void closeStopsEveryThreadAtOnceAndDropsTheResyncPlannedForLater() throws Exception {
    ClassPassIntegration integration = builder().fullResyncInterval(Duration.ofHours(6))
        .registerOnStartup(false).build();
    integration.start();
    assertThat(integration.isRunning()).isTrue();
    assertThat(threadsNamed("classpass-")).isNotEmpty();

    long started = System.nanoTime();
    integration.close();

    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
    assertThat(integration.isRunning()).isFalse();
    assertThat(integration.periodicResync().orElseThrow().lastRun().lastStartedAt()).isEmpty();
    long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
    while (!threadsNamed("classpass-").isEmpty() && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    assertThat(threadsNamed("classpass-")).as("no thread the SDK started outlives close()")
        .isEmpty();
    assertThatThrownBy(integration::start).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void aStoppedIntegrationResumesWithStartAndRegistersOnlyOnce() {
    seedStudio();
    ClassPassIntegration integration = builder().build();
    integration.start();
    long registrations = integration.outbox().counts().pending();

    integration.stop();
    assertThat(integration.isRunning()).isFalse();
    integration.start();

    assertThat(integration.isRunning()).isTrue();
    assertThat(integration.outbox().counts().pending()).isEqualTo(registrations);
    integration.close();
    assertThat(integration.isRunning()).isFalse();
  }

  /**
   * Live threads whose names start with the prefix, the client's deadline ticker included: it is
   * shared by every client in the JVM, and ends about a second after the last call.
   */
  private static List<String> threadsNamed(String prefix) {
    return Thread.getAllStackTraces().keySet().stream().filter(Thread::isAlive)
        .map(Thread::getName).filter(name -> name.startsWith(prefix)).toList();
  }

  private void seedStudio() {
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
  }

  private static PartnerApiResponse reserve(ClassPassIntegration integration) {
    return integration.partnerApi().handle(PartnerApiRequest.of(
        "POST", "/classpass/reservations", null,
        name -> Map.of("authorization", "Bearer partner-token-1",
            "content-type", "application/json").get(name.toLowerCase(Locale.ROOT)),
        new ByteArrayInputStream(("{\"reservation_id\":\"r-1\",\"partner_id\":\"p-1\","
            + "\"venue_id\":\"v-1\",\"schedule_id\":\"s-1\",\"user\":{\"user_id\":\"cp-1\","
            + "\"first_name\":\"Ana\",\"last_name\":\"Lima\"}}").getBytes(StandardCharsets.UTF_8))));
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
