package io.github.aggregatorsdk.classpass.partnerapi;

import io.github.aggregatorsdk.classpass.spi.Activity;
import io.github.aggregatorsdk.classpass.spi.ClassPassSettings;
import io.github.aggregatorsdk.classpass.spi.ClassSession;
import io.github.aggregatorsdk.classpass.spi.ImageRef;
import io.github.aggregatorsdk.classpass.spi.Instructor;
import io.github.aggregatorsdk.classpass.spi.PartnerProfile;
import io.github.aggregatorsdk.classpass.spi.PostalAddress;
import io.github.aggregatorsdk.classpass.spi.Spot;
import io.github.aggregatorsdk.classpass.spi.StudioRoom;
import io.github.aggregatorsdk.classpass.spi.VenueProfile;
import io.github.aggregatorsdk.classpass.spi.memory.InMemoryStudio;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * The studio every partner API test starts from. Partners p-1, p-2, p-3; p-1 has venues v-1, v-2
 * (no sessions) and v-3 (no address); p-2 has v-9. Venue v-1 has six sessions from 10 to 12 March
 * 2026, of which four are listed to ClassPass: s-1, s-3, s-5 (cancelled) and s-6; s-2's activity is
 * closed to ClassPass and s-4's activity has no name.
 */
final class StudioData {

  static final Instant NOW = Instant.parse("2026-03-09T12:00:00Z");
  static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  static final Instant EDITED = Instant.parse("2026-03-01T08:00:00Z");

  static final Activity YOGA =
      new Activity(
          "a-yoga",
          "Vinyasa Flow",
          "Dynamic flow for all levels.",
          ClassPassSettings.offered(),
          EDITED);
  static final Activity PRIVATE =
      new Activity("a-private", "Private Session", null, ClassPassSettings.notOffered(), EDITED);
  static final Activity RIDE =
      new Activity(
          "a-ride", "Rhythm Ride", null, ClassPassSettings.offered().withSpotLimit(2), EDITED);
  static final Activity UNNAMED =
      new Activity("a-unnamed", " ", null, ClassPassSettings.offered(), EDITED);

  private StudioData() {}

  static void seed(InMemoryStudio studio) {
    studio
        .partners()
        .save(
            new PartnerProfile(
                "p-1",
                "Lotus Yoga Collective",
                "Yoga in three studios across Berlin.",
                List.of(new ImageRef("https://cdn.example.com/p-1/logo.png", 400, 300)),
                EDITED));
    studio.partners().save(new PartnerProfile("p-2", "Iron Temple", null, List.of(), EDITED));
    studio.partners().save(new PartnerProfile("p-3", "Spin City", null, List.of(), EDITED));
    studio
        .partners()
        .save(
            new VenueProfile(
                "p-1",
                "v-1",
                "Lotus Mitte",
                "Our flagship studio.",
                new PostalAddress("Torstraße 1", null, "Berlin", null, "10119", "DE"),
                "+49 30 5550100",
                "mitte@lotus.example",
                "https://lotus.example/mitte",
                52.5291,
                13.401,
                List.of(new ImageRef("https://cdn.example.com/v-1/front.jpg", 1200, 800)),
                EDITED));
    studio.partners().save(venue("p-1", "v-2", "Lotus Kreuzberg", kreuzberg()));
    studio.partners().save(venue("p-1", "v-3", "Lotus Pop-up", null));
    studio.partners().save(venue("p-2", "v-9", "Iron Temple Gym", kreuzberg()));

    Instructor mira = new Instructor("t-1", "Mira", "Sol", null, List.of(), EDITED);
    StudioRoom studioA = new StudioRoom("room-a", "Studio A", EDITED);
    studio
        .sessions()
        .save(
            session("s-1", YOGA, at(10, 18))
                .teachers(List.of(mira))
                .room(studioA)
                .lateCancelWindow(Duration.ofHours(12))
                .build());
    studio.sessions().save(session("s-2", PRIVATE, at(10, 19)).build());
    studio
        .sessions()
        .save(
            session("s-3", RIDE, at(11, 7))
                .capacity(3)
                .layout(
                    List.of(
                        new Spot("bike-1", 0, 0),
                        new Spot("bike-2", 1, 0),
                        new Spot("bike-3", 2, 0)))
                .build());
    studio.sessions().save(session("s-4", UNNAMED, at(11, 9)).build());
    studio.sessions().save(session("s-5", YOGA, at(11, 18)).cancelled(true).build());
    studio.sessions().save(session("s-6", YOGA, at(12, 18)).name("Vinyasa Flow (English)").build());
  }

  /** A session of p-1/v-1 lasting an hour, capacity 12, last edited at {@link #EDITED}. */
  static ClassSession.Builder session(String id, Activity activity, ZonedDateTime start) {
    return ClassSession.builder()
        .id(id)
        .partnerId("p-1")
        .venueId("v-1")
        .activity(activity)
        .start(start)
        .end(start.plusHours(1))
        .capacity(12)
        .lastUpdated(EDITED);
  }

  static ZonedDateTime at(int dayOfMarch, int hour) {
    return LocalDate.of(2026, 3, dayOfMarch).atTime(hour, 0).atZone(BERLIN);
  }

  private static VenueProfile venue(
      String partnerId, String id, String name, PostalAddress address) {
    return new VenueProfile(
        partnerId, id, name, null, address, null, null, null, null, null, List.of(), EDITED);
  }

  private static PostalAddress kreuzberg() {
    return new PostalAddress("Oranienstraße 20", "Hinterhaus", "Berlin", "BE", "10999", "DE");
  }

  /** A reservation body for p-1/v-1 with a full user, as ClassPass sends it. */
  static String reservation(String reservationId, String scheduleId, String userId) {
    return """
    {
      "reservation_id": "%s",
      "partner_id": "p-1",
      "venue_id": "v-1",
      "schedule_id": "%s",
      "user": {
        "user_id": "%s",
        "user_email": "zephyrine.quill@example.org",
        "user_username": "zquill",
        "first_name": "Zephyrine",
        "last_name": "Quillfeather",
        "gender": "F",
        "birthday": "1987-06-05",
        "phone": "+1 555 0199 4242",
        "address": {
          "address_line1": "742 Evergreen Terrace",
          "city": "Springfield",
          "state": "OR",
          "zip": "97403",
          "country": "US"
        },
        "emergency_contact": {"name": "Orlando Quillfeather", "phone": "+1 555 0100 7777"}
      }
    }
    """
        .formatted(reservationId, scheduleId, userId);
  }

  /** The personal data and secrets of {@link #reservation} and the fixture's token. */
  static final List<String> SECRETS =
      List.of(
          "zephyrine.quill@example.org",
          "Zephyrine",
          "Quillfeather",
          "1987-06-05",
          "555 0199 4242",
          "Evergreen",
          "Orlando",
          "555 0100 7777",
          PartnerApiFixture.TOKEN);

  static String cancellation() {
    return "{\"partner_id\": \"p-1\", \"is_late_cancel\": false}";
  }
}
