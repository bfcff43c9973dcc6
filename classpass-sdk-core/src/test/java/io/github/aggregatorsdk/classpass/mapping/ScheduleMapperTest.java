package io.github.aggregatorsdk.classpass.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.aggregatorsdk.classpass.booking.AvailabilityCalculator;
import io.github.aggregatorsdk.classpass.mapping.internal.ScheduleMapper;
import io.github.aggregatorsdk.classpass.model.ClassPassJson;
import io.github.aggregatorsdk.classpass.model.Schedule;
import io.github.aggregatorsdk.classpass.spi.Activity;
import io.github.aggregatorsdk.classpass.spi.ClassPassSettings;
import io.github.aggregatorsdk.classpass.spi.ClassSession;
import io.github.aggregatorsdk.classpass.spi.ImageRef;
import io.github.aggregatorsdk.classpass.spi.Instructor;
import io.github.aggregatorsdk.classpass.spi.Occupancy;
import io.github.aggregatorsdk.classpass.spi.Spot;
import io.github.aggregatorsdk.classpass.spi.StudioRoom;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ScheduleMapperTest {

  private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
  private static final Instant NOW = Instant.parse("2026-03-09T12:30:00Z");
  private static final ObjectMapper JSON = ClassPassJson.newObjectMapper();

  private final ScheduleMapper mapper =
      new ScheduleMapper(
          new AvailabilityCalculator(Clock.fixed(NOW, ZoneOffset.UTC)),
          Clock.fixed(NOW, ZoneOffset.UTC));

  @Test
  void sessionBecomesTheContractsScheduleJson() throws IOException {
    Schedule schedule = mapper.toSchedule(rideWithOneOfThreeBikesTaken().build());

    JsonNode json = JSON.valueToTree(schedule);
    assertThat(json).isEqualTo(golden("mapped-schedule.json"));
  }

  @Test
  void offsetsFollowTheVenueZoneAcrossDaylightSavingTime() {
    ClassSession winter =
        rideWithOneOfThreeBikesTaken()
            .start(ZonedDateTime.of(2026, 3, 7, 18, 0, 0, 0, NEW_YORK))
            .end(ZonedDateTime.of(2026, 3, 7, 19, 0, 0, 0, NEW_YORK))
            .build();

    Schedule schedule = mapper.toSchedule(winter);

    assertThat(schedule.startDatetime().getOffset()).isEqualTo(ZoneOffset.ofHours(-5));
    assertThat(schedule.lastUpdated().getOffset()).isEqualTo(ZoneOffset.ofHours(-4));
  }

  @Test
  void hostChangeStampedAfterTheReadKeepsItsOwnLastUpdated() {
    Instant later = NOW.plusSeconds(90);

    Schedule schedule =
        mapper.toSchedule(rideWithOneOfThreeBikesTaken().lastUpdated(later).build());

    assertThat(schedule.lastUpdated().toInstant()).isEqualTo(later);
  }

  @Test
  void withoutWindowsRoomOrLayoutThoseFieldsAreNotWritten() {
    ClassSession plain =
        rideWithOneOfThreeBikesTaken()
            .room(null)
            .layout(List.of())
            .occupancy(Occupancy.of(1, 1))
            .bookableFrom(null)
            .bookableUntil(null)
            .lateCancelWindow(Duration.ZERO)
            .build();

    JsonNode json = JSON.valueToTree(mapper.toSchedule(plain));

    assertThat(json.has("room")).isFalse();
    assertThat(json.has("bookable_window_starts")).isFalse();
    assertThat(json.has("bookable_window_ends")).isFalse();
    assertThat(json.get("has_layout").asBoolean()).isFalse();
    // capacity 3, one booked and it is ClassPass's: the limit of 2 leaves ClassPass one spot
    assertThat(json.get("available_spots").asInt()).isEqualTo(1);
    assertThat(json.get("late_cancel_window").asText()).isEqualTo("00:00");
  }

  @Test
  void cancelledSessionIsSentCancelledWithNoSpots() {
    Schedule schedule = mapper.toSchedule(rideWithOneOfThreeBikesTaken().cancelled(true).build());

    assertThat(schedule.isCancelled()).isTrue();
    assertThat(schedule.availableSpots()).isZero();
    assertThat(schedule.availableSpotLabels()).isEmpty();
  }

  static ClassSession.Builder rideWithOneOfThreeBikesTaken() {
    Activity ride =
        new Activity(
            "a-cycle",
            "Rhythm Ride",
            "45 minutes on the bike.",
            ClassPassSettings.offered().withSpotLimit(2),
            Instant.parse("2026-01-05T14:00:00Z"));
    ZonedDateTime start = ZonedDateTime.of(2026, 3, 10, 18, 0, 0, 0, NEW_YORK);
    return ClassSession.builder()
        .id("s-1")
        .partnerId("p-1")
        .venueId("v-1")
        .activity(ride)
        .name("Evening Ride")
        .start(start)
        .end(start.plusHours(1))
        .capacity(3)
        .occupancy(new Occupancy(1, 0, Set.of("B2")))
        .teachers(
            List.of(
                new Instructor(
                    "t-1",
                    "Ana",
                    "Lopez",
                    null,
                    List.of(new ImageRef("https://cdn.example.com/t-1.jpg", 400, 300)),
                    Instant.parse("2026-02-01T17:00:00Z"))))
        .room(new StudioRoom("r-1", "Ride Room", Instant.parse("2026-01-01T05:00:00Z")))
        .layout(List.of(new Spot("B1", 1, 1), new Spot("B2", 2, 1), new Spot("B3", 3, 1)))
        .bookableFrom(start.minusDays(7))
        .bookableUntil(start.minusHours(1))
        .lateCancelWindow(Duration.ofHours(12))
        .lastUpdated(Instant.parse("2026-03-01T10:00:00Z"));
  }

  private static JsonNode golden(String name) throws IOException {
    try (InputStream in = ScheduleMapperTest.class.getResourceAsStream("/golden/" + name)) {
      return JSON.readTree(in);
    }
  }
}
