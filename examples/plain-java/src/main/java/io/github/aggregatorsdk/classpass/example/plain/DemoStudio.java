package io.github.aggregatorsdk.classpass.example.plain;

import io.github.aggregatorsdk.classpass.spi.Activity;
import io.github.aggregatorsdk.classpass.spi.ClassPassSettings;
import io.github.aggregatorsdk.classpass.spi.ClassSession;
import io.github.aggregatorsdk.classpass.spi.Customer;
import io.github.aggregatorsdk.classpass.spi.Instructor;
import io.github.aggregatorsdk.classpass.spi.PartnerProfile;
import io.github.aggregatorsdk.classpass.spi.PostalAddress;
import io.github.aggregatorsdk.classpass.spi.StudioRoom;
import io.github.aggregatorsdk.classpass.spi.VenueProfile;
import io.github.aggregatorsdk.classpass.spi.memory.InMemoryStudio;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * A small studio in memory: one partner, one venue, a yoga activity open to ClassPass with a
 * limit of 2 ClassPass spots per class, a members-only activity closed to ClassPass, and a member
 * who already carries a ClassPass id. Times are relative to the clock's today.
 */
final class DemoStudio {

  static final String PARTNER = "studio-1";
  static final String VENUE = "venue-1";
  static final String YOGA_TOMORROW = "yoga-1";
  static final String YOGA_LATER = "yoga-2";
  static final String MEMBERS_ONLY = "members-1";
  static final String LINKED_CLASSPASS_ID = "cp-user-1001";
  static final ZoneId ZONE = ZoneId.of("America/New_York");

  private DemoStudio() {}

  static InMemoryStudio seed(Clock clock) {
    InMemoryStudio studio = new InMemoryStudio(clock);
    Instant now = clock.instant();
    studio.partners().save(new PartnerProfile(PARTNER, "Lotus Yoga", "Yoga in Brooklyn", List.of(), now));
    studio.partners().save(
        new VenueProfile(
            PARTNER, VENUE, "Lotus Yoga Williamsburg", null,
            new PostalAddress("125 Bedford Ave", null, "Brooklyn", "NY", "11211", "US"),
            "+1 718 555 0100", "hello@lotus.example", "https://lotus.example",
            40.718, -73.9575, List.of(), now));

    Activity yoga = new Activity("vinyasa", "Vinyasa Flow", "Breath and movement",
        ClassPassSettings.offered().withSpotLimit(2), now);
    Activity members = new Activity("members", "Members' Meditation", null,
        ClassPassSettings.notOffered(), now);
    LocalDate today = LocalDate.now(clock.withZone(ZONE));
    studio.sessions().save(session(YOGA_TOMORROW, yoga, today.plusDays(1), now));
    studio.sessions().save(session(YOGA_LATER, yoga, today.plusDays(3), now));
    studio.sessions().save(session(MEMBERS_ONLY, members, today.plusDays(1), now));
    studio.sessions().addHostBookings(YOGA_TOMORROW, 3); // front-desk bookings

    studio.customers().save(new Customer("member-7", "Maya", "Stone", "maya@example.org",
        null, null, LINKED_CLASSPASS_ID));
    studio.customers().save(new Customer("member-8", "Noah", "Reed", "noah@example.org",
        null, null, null));
    return studio;
  }

  private static ClassSession session(String id, Activity activity, LocalDate day, Instant now) {
    ZonedDateTime start = ZonedDateTime.of(day, LocalTime.of(18, 30), ZONE);
    return ClassSession.builder()
        .id(id)
        .partnerId(PARTNER)
        .venueId(VENUE)
        .activity(activity)
        .start(start)
        .end(start.plusMinutes(60))
        .capacity(10)
        .teachers(List.of(new Instructor("t-1", "Ana", "Lopez", null, List.of(), now)))
        .room(new StudioRoom("room-a", "Studio A", now))
        .lateCancelWindow(Duration.ofHours(12))
        .lastUpdated(now)
        .build();
  }
}
