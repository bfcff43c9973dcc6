package io.github.aggregatorsdk.classpass.spi.contract;

import io.github.aggregatorsdk.classpass.spi.Activity;
import io.github.aggregatorsdk.classpass.spi.ClassPassSettings;
import io.github.aggregatorsdk.classpass.spi.ClassSession;
import io.github.aggregatorsdk.classpass.spi.Customer;
import io.github.aggregatorsdk.classpass.spi.NewBooking;
import io.github.aggregatorsdk.classpass.spi.NewCustomer;
import io.github.aggregatorsdk.classpass.spi.PartnerProfile;
import io.github.aggregatorsdk.classpass.spi.PostalAddress;
import io.github.aggregatorsdk.classpass.spi.VenueProfile;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

/** Host-neutral sample records the contracts seed. */
final class Samples {

  static final Instant T0 = Instant.parse("2026-03-01T09:00:00Z");

  private Samples() {}

  static PartnerProfile partner(String id) {
    return new PartnerProfile(id, "Studio " + id, null, List.of(), T0);
  }

  static VenueProfile venue(String partnerId, String id) {
    return new VenueProfile(
        partnerId,
        id,
        "Venue " + id,
        null,
        new PostalAddress("1 Main St", null, "Springfield", null, "12345", "US"),
        null,
        null,
        null,
        null,
        null,
        List.of(),
        T0);
  }

  static Activity activity(String id, ClassPassSettings settings) {
    return new Activity(id, "Activity " + id, null, settings, T0);
  }

  /** A one-hour session of an activity open to ClassPass, capacity 10. */
  static ClassSession.Builder session(
      String id, String partnerId, String venueId, ZonedDateTime start) {
    return ClassSession.builder()
        .id(id)
        .partnerId(partnerId)
        .venueId(venueId)
        .activity(activity("act-" + id, ClassPassSettings.offered()))
        .start(start)
        .end(start.plusHours(1))
        .capacity(10)
        .lastUpdated(T0);
  }

  static ZonedDateTime at(ZoneId zone, LocalDate day, int hour, int minute) {
    return day.atTime(hour, minute).atZone(zone);
  }

  static NewCustomer newCustomer(String classPassUserId, String email) {
    return new NewCustomer(classPassUserId, "Ana", "Lima", email, "+1 555 0100", null, null);
  }

  static Customer walkIn(String id, String firstName, String lastName, String email) {
    return new Customer(id, firstName, lastName, email, null, null, null);
  }

  static NewBooking booking(
      String sessionId, String customerId, String reservationId, String classPassUserId,
      String spotLabel, Instant createdAt) {
    return NewBooking.classPass(
        sessionId, customerId, reservationId, classPassUserId, spotLabel, createdAt);
  }
}
