package io.github.aggregatorsdk.classpass.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;

/** The golden files' content built in Java, so tests can compare both ways. */
final class WireExamples {

  private WireExamples() {}

  static String golden(String name) {
    try (InputStream in = WireExamples.class.getResourceAsStream("/golden/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no golden file " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Partner partner() {
    return new Partner(
        "p-100",
        "Sunrise Yoga",
        "Vinyasa and yin yoga in Brooklyn.",
        List.of(new Image(800, 600, "https://cdn.example.com/p-100/logo.png")),
        at("2019-01-02T20:30:00+00:00"));
  }

  static Venue venue() {
    return new Venue(
        "p-100",
        "v-7",
        "Sunrise Yoga Williamsburg",
        "Second floor, lift available.",
        new Address("123 Bedford Ave", "Suite 2", "Brooklyn", "NY", "11211", "US"),
        "+1 718 555 0100",
        "williamsburg@sunrise-yoga.example",
        "https://sunrise-yoga.example",
        new Coordinate(40.7178, -73.9577),
        List.of(new Image(1200, 800, "https://cdn.example.com/v-7/front.jpg")),
        at("2019-01-02T20:30:00+00:00"));
  }

  static Schedule schedule() {
    return new Schedule(
        "s-2019-01-02-2030",
        "p-100",
        "v-7",
        at("2019-01-02T20:30:00+00:00"),
        at("2019-01-02T21:30:00+00:00"),
        new ScheduleClass(
            "c-vinyasa",
            "Vinyasa Flow",
            "A dynamic class linking breath and movement.",
            at("2018-12-01T10:00:00-05:00")),
        "Evening Vinyasa",
        List.of(
            new Teacher(
                "t-3",
                "Ana",
                "Lopez",
                "Ana L.",
                List.of(new Image(400, 400, "https://cdn.example.com/t-3.jpg")),
                at("2018-11-20T08:00:00+01:00"))),
        new Room("r-1", "Studio A", at("2018-10-01T12:00:00+00:00")),
        new Address("125 Bedford Ave", null, "Brooklyn", "NY", "11211", "US"),
        new Coordinate(40.718, -73.9575),
        20,
        4,
        true,
        List.of(new SpotPosition(1, 1, "A1"), new SpotPosition(2, 1, "A2")),
        List.of("A2"),
        LocalDateTime.parse("2018-12-26T20:30:00"),
        LocalDateTime.parse("2019-01-02T19:30:00"),
        Duration.ofHours(8),
        false,
        at("2019-01-01T15:45:10+05:30"));
  }

  static ReservationUpdate reservationUpdate() {
    return new ReservationUpdate(
        "cp-user-42",
        "res-9001",
        "A2",
        ReservationStatus.ATTENDED,
        at("2019-01-02T21:35:00+00:00"));
  }

  /** The second, minimal schedule of the batch golden file: no optional field set. */
  static Schedule cancelledSchedule() {
    return new Schedule(
        "s-2019-01-03-0700",
        "p-100",
        "v-7",
        at("2019-01-03T07:00:00-05:00"),
        at("2019-01-03T08:00:00-05:00"),
        new ScheduleClass("c-yin", "Yin Yoga", null, at("2018-12-01T10:00:00-05:00")),
        null,
        null,
        null,
        null,
        null,
        12,
        0,
        false,
        null,
        null,
        null,
        null,
        Duration.ofHours(12),
        true,
        at("2019-01-02T18:00:00-05:00"));
  }

  static UpdateBatch batch() {
    return new UpdateBatch(
        List.of(
            new UpdateEvent("evt-1", cancelledSchedule()),
            new UpdateEvent(
                "evt-2",
                new ReservationUpdate(
                    "cp-user-42",
                    "res-9002",
                    null,
                    ReservationStatus.CLASS_CANCELLED,
                    at("2019-01-02T18:00:00-05:00")))));
  }

  static OffsetDateTime at(String text) {
    return OffsetDateTime.parse(text);
  }
}
