package io.github.aggregatorsdk.classpass.benchmarks;

import io.github.aggregatorsdk.classpass.booking.AvailabilityCalculator;
import io.github.aggregatorsdk.classpass.client.ClassPassClient;
import io.github.aggregatorsdk.classpass.mapping.internal.ScheduleMapper;
import io.github.aggregatorsdk.classpass.model.Schedule;
import io.github.aggregatorsdk.classpass.outbox.InMemoryOutboxStore;
import io.github.aggregatorsdk.classpass.spi.Activity;
import io.github.aggregatorsdk.classpass.spi.ClassPassSettings;
import io.github.aggregatorsdk.classpass.spi.ClassSession;
import io.github.aggregatorsdk.classpass.spi.ClassSessionRepository;
import io.github.aggregatorsdk.classpass.spi.Instructor;
import io.github.aggregatorsdk.classpass.spi.Occupancy;
import io.github.aggregatorsdk.classpass.spi.PartnerProfile;
import io.github.aggregatorsdk.classpass.spi.PostalAddress;
import io.github.aggregatorsdk.classpass.spi.Spot;
import io.github.aggregatorsdk.classpass.spi.StudioRoom;
import io.github.aggregatorsdk.classpass.spi.VenueProfile;
import io.github.aggregatorsdk.classpass.spi.memory.InMemoryPartnerDirectory;
import io.github.aggregatorsdk.classpass.spi.memory.InMemoryStudio;
import io.github.aggregatorsdk.classpass.sync.FullResync;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The studio every benchmark uses: one partner, one venue in New York, and classes shaped like a
 * real schedule (an activity open to ClassPass, one teacher, a room, a 12-hour late-cancel window).
 */
public final class StudioFixtures {

  public static final String PARTNER = "partner-1";
  public static final String VENUE = "venue-1";
  public static final ZoneId ZONE = ZoneId.of("America/New_York");

  /** Fixed, so that sessions and their JSON are the same in every run. */
  public static final Instant UPDATED = Instant.parse("2026-11-01T12:00:00Z");

  /** "Now" for every benchmark: classes are in the future of it whenever the suite runs. */
  public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-20T12:00:00Z"), ZONE);

  /** The first day of the generated schedule, after {@link #CLOCK}'s now. */
  public static final LocalDate FIRST_DAY = LocalDate.of(2026, 12, 1);

  private static final Activity YOGA =
      new Activity("vinyasa", "Vinyasa Flow", "Breath-led flow for every level",
          ClassPassSettings.offered().withSpotLimit(8), UPDATED);
  private static final Instructor TEACHER =
      new Instructor("teacher-1", "Ana", "Lopez", null, List.of(), UPDATED);
  private static final StudioRoom ROOM = new StudioRoom("room-a", "Studio A", UPDATED);

  private StudioFixtures() {}

  public static PartnerProfile partner() {
    return new PartnerProfile(PARTNER, "Lotus Yoga", "Yoga in Brooklyn", List.of(), UPDATED);
  }

  public static VenueProfile venue() {
    return new VenueProfile(
        PARTNER, VENUE, "Lotus Yoga Williamsburg", null,
        new PostalAddress("125 Bedford Ave", null, "Brooklyn", "NY", "11211", "US"),
        "+1 718 555 0100", "hello@lotus.example", "https://lotus.example",
        40.718, -73.9575, List.of(), UPDATED);
  }

  /**
   * The {@code index}-th class from {@code firstDay} on: one hour long, every 30 minutes from
   * 06:00, 32 classes a day, with 3 spots taken of {@code capacity}.
   */
  public static ClassSession session(int index, LocalDate firstDay, int capacity) {
    ZonedDateTime start =
        ZonedDateTime.of(firstDay.plusDays(index / 32), LocalTime.of(6, 0), ZONE)
            .plusMinutes(30L * (index % 32));
    return ClassSession.builder()
        .id("class-" + index)
        .partnerId(PARTNER)
        .venueId(VENUE)
        .activity(YOGA)
        .start(start)
        .end(start.plusHours(1))
        .capacity(capacity)
        .occupancy(Occupancy.of(3, 1))
        .teachers(List.of(TEACHER))
        .room(ROOM)
        .lateCancelWindow(Duration.ofHours(12))
        .lastUpdated(UPDATED)
        .build();
  }

  /**
   * A full resync of the fixture venue over {@code sessions}, reading and sending {@code
   * batchSize} classes at a time, on {@link #CLOCK}.
   */
  public static FullResync fullResync(
      ClassSessionRepository sessions, ClassPassClient client, int batchSize) {
    InMemoryPartnerDirectory directory = new InMemoryStudio().partners();
    directory.save(partner());
    directory.save(venue());
    return FullResync.builder()
        .sessions(sessions)
        .partners(directory)
        .client(client)
        .outbox(new InMemoryOutboxStore(CLOCK))
        .batchSize(batchSize)
        .clock(CLOCK)
        .build();
  }

  /** The first class mapped to the wire model, as the SDK pushes it. */
  public static Schedule schedule() {
    return new ScheduleMapper(new AvailabilityCalculator(CLOCK), CLOCK)
        .toSchedule(session(0, FIRST_DAY, 20));
  }

  /** A class with a layout of {@code spots} spots, a third of them taken. */
  public static ClassSession sessionWithLayout(LocalDate day, int spots) {
    List<Spot> layout = new ArrayList<>(spots);
    List<String> taken = new ArrayList<>();
    for (int i = 0; i < spots; i++) {
      String label = "S" + (i + 1);
      layout.add(new Spot(label, i % 6, i / 6));
      if (i % 3 == 0) {
        taken.add(label);
      }
    }
    return session(0, day, spots).toBuilder()
        .layout(layout)
        .occupancy(new Occupancy(taken.size(), 1, Set.copyOf(taken)))
        .build();
  }
}
