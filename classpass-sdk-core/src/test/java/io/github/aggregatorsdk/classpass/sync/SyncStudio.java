package io.github.aggregatorsdk.classpass.sync;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.aggregatorsdk.classpass.booking.BookingEventListener;
import io.github.aggregatorsdk.classpass.booking.BookingServices;
import io.github.aggregatorsdk.classpass.booking.ReservationOutcome;
import io.github.aggregatorsdk.classpass.model.ClassPassJson;
import io.github.aggregatorsdk.classpass.customer.ClassPassMember;
import io.github.aggregatorsdk.classpass.booking.ReservationCommand;
import io.github.aggregatorsdk.classpass.outbox.OutboxEntry;
import io.github.aggregatorsdk.classpass.outbox.OutboxStore;
import io.github.aggregatorsdk.classpass.spi.Activity;
import io.github.aggregatorsdk.classpass.spi.Booking;
import io.github.aggregatorsdk.classpass.spi.ClassPassSettings;
import io.github.aggregatorsdk.classpass.spi.ClassSession;
import io.github.aggregatorsdk.classpass.spi.PartnerProfile;
import io.github.aggregatorsdk.classpass.spi.PostalAddress;
import io.github.aggregatorsdk.classpass.spi.VenueProfile;
import io.github.aggregatorsdk.classpass.spi.memory.InMemoryStudio;
import io.github.aggregatorsdk.classpass.ClassPassIntegration;
import io.github.aggregatorsdk.classpass.client.ClassPassClient;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.function.UnaryOperator;

/** An in-memory studio with one partner and venue, and helpers to read an outbox in tests. */
public final class SyncStudio {

  public static final String PARTNER = "p-1";
  public static final String VENUE = "v-1";
  public static final ZonedDateTime START = ZonedDateTime.parse("2026-03-10T18:00:00+01:00[Europe/Berlin]");
  public static final Instant DAY_BEFORE = START.minusDays(1).toInstant();
  public static final ObjectMapper JSON = ClassPassJson.newObjectMapper();

  final Clock clock;
  final InMemoryStudio studio;

  SyncStudio(Clock clock) {
    this.clock = clock;
    this.studio = new InMemoryStudio(clock);
    studio.partners().save(new PartnerProfile(PARTNER, "Flow Studio", null, List.of(),
        Instant.parse("2026-01-01T00:00:00Z")));
    studio.partners().save(venue(VENUE));
  }

  public static VenueProfile venue(String id) {
    return new VenueProfile(PARTNER, id, "Flow Mitte", null,
        new PostalAddress("Torstr. 1", null, "Berlin", null, "10119", "DE"),
        null, null, null, null, null, List.of(), Instant.parse("2026-01-01T00:00:00Z"));
  }

  /** An integration over this studio's five repositories, the token set, nothing started. */
  ClassPassIntegration.Builder integration(ClassPassClient client) {
    return ClassPassIntegration.builder().client(client)
        .customers(studio.customers()).sessions(studio.sessions()).bookings(studio.bookings())
        .transactions(studio.transactions()).partners(studio.partners())
        .partnerApiToken("partner-token-1");
  }

  BookingServices bookingServices(BookingEventListener listener) {
    return BookingServices.builder()
        .customers(studio.customers())
        .sessions(studio.sessions())
        .bookings(studio.bookings())
        .transactions(studio.transactions())
        .listener(listener)
        .clock(clock)
        .build();
  }

  public static Activity activity(ClassPassSettings settings) {
    return new Activity("a-1", "Vinyasa Flow", null, settings, Instant.parse("2026-01-01T00:00:00Z"));
  }

  /** A session open to ClassPass, capacity 10, at {@link #START}. */
  public static ClassSession.Builder session(String id) {
    return ClassSession.builder()
        .id(id)
        .partnerId(PARTNER)
        .venueId(VENUE)
        .activity(activity(ClassPassSettings.offered()))
        .start(START)
        .end(START.plusHours(1))
        .capacity(10)
        .lateCancelWindow(Duration.ofHours(8))
        .lastUpdated(DAY_BEFORE.minusSeconds(3600));
  }

  ClassSession add(String id, UnaryOperator<ClassSession.Builder> change) {
    return studio.sessions().save(change.apply(session(id)).build());
  }

  ClassSession add(String id) {
    return add(id, builder -> builder);
  }

  Booking reserve(BookingServices services, String reservationId, String sessionId) {
    ReservationOutcome outcome = services.reservations().reserve(new ReservationCommand(
        reservationId, PARTNER, VENUE, sessionId, null,
        new ClassPassMember("cp-" + reservationId, "Ana", "Lima", null, null, null, null)));
    return ((ReservationOutcome.Reserved) outcome).booking();
  }

  /** Claims every due entry and removes it, as a dispatcher that delivered them would. */
  public static List<OutboxEntry> take(OutboxStore outbox) {
    List<OutboxEntry> entries = outbox.claim("test-reader", 10_000, Duration.ofMinutes(1));
    outbox.markSent("test-reader", entries);
    return entries;
  }

  public static JsonNode payload(OutboxEntry entry) {
    try {
      return JSON.readTree(entry.event().payload());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static JsonNode golden(String name) {
    try (InputStream in = SyncStudio.class.getResourceAsStream("/golden/" + name)) {
      return JSON.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
