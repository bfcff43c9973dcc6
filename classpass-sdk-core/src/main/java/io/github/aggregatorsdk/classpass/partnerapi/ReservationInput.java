package io.github.aggregatorsdk.classpass.partnerapi;

import io.github.aggregatorsdk.classpass.model.Address;
import io.github.aggregatorsdk.classpass.model.ClassPassUser;
import io.github.aggregatorsdk.classpass.model.PartnerApiErrorCode;
import io.github.aggregatorsdk.classpass.model.ReservationRequest;
import io.github.aggregatorsdk.classpass.spi.FieldLimits;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The checks of {@code POST /reservations} that keep what the host cannot store away from it
 * ({@link FieldLimits}). Run after the presence checks and before any host code: an id or name that
 * cannot be stored refuses the reservation with 4001 naming the field; an optional field that
 * cannot be stored is dropped and its name (never its value) logged at INFO, so that a paying
 * booking is not refused for it. Fields the SDK never hands the host (user name, gender, emergency
 * contact) are not checked. Names and optional text are trimmed, ids kept as sent; a country code
 * is upper-cased.
 */
final class ReservationInput {

  private static final Logger LOG = LoggerFactory.getLogger(ReservationInput.class);

  private final List<String> dropped = new ArrayList<>();

  private ReservationInput() {}

  /**
   * The request as the booking rules may see it.
   *
   * @throws Rejection 4001 naming the first required field that cannot be stored
   */
  static ReservationRequest storable(ReservationRequest request) {
    return new ReservationInput().check(request);
  }

  private ReservationRequest check(ReservationRequest request) {
    String reservationId = id(request.reservationId(), "reservation_id");
    String partnerId = id(request.partnerId(), "partner_id");
    String venueId = id(request.venueId(), "venue_id");
    String scheduleId = id(request.scheduleId(), "schedule_id");
    ClassPassUser user = request.user();
    String userId = id(user.userId(), "user.user_id");
    String firstName = required(user.firstName(), "user.first_name", FieldLimits.NAME);
    String lastName = required(user.lastName(), "user.last_name", FieldLimits.NAME);
    // A spot label only reaches the host when it is one of the host's own layout labels.
    String spotLabel = request.spotLabel();
    if (spotLabel != null && !FieldLimits.isStorable(spotLabel.trim(), FieldLimits.ID)) {
      throw refused("spot_label");
    }
    ClassPassUser checked =
        new ClassPassUser(
            userId,
            optional(user.email(), "user.user_email", FieldLimits.EMAIL),
            user.username(),
            firstName,
            lastName,
            user.gender(),
            // Read into a date (or dropped as unreadable) by customer matching, never stored as text.
            user.birthday(),
            optional(user.phone(), "user.phone", FieldLimits.PHONE),
            address(user.address()),
            user.emergencyContact());
    if (!dropped.isEmpty()) {
      LOG.info(
          "reservation {}: dropped {} (cannot be stored); booking without them",
          reservationId,
          String.join(", ", dropped));
    }
    return new ReservationRequest(
        reservationId, partnerId, venueId, scheduleId, spotLabel, checked);
  }

  private Address address(Address address) {
    if (address == null) {
      return null;
    }
    String country = address.country() == null ? null : address.country().trim();
    if (country != null && !country.isEmpty()) {
      country = country.toUpperCase(Locale.ROOT);
      if (!FieldLimits.isCountryCode(country)) {
        dropped.add("user.address.country");
        country = null;
      }
    }
    return new Address(
        optional(address.addressLine1(), "user.address.address_line1", FieldLimits.ADDRESS_LINE),
        optional(address.addressLine2(), "user.address.address_line2", FieldLimits.ADDRESS_LINE),
        optional(address.city(), "user.address.city", FieldLimits.CITY),
        optional(address.state(), "user.address.state", FieldLimits.REGION),
        optional(address.zip(), "user.address.zip", FieldLimits.POSTAL_CODE),
        country);
  }

  /** Ids are kept exactly as sent: a redelivery or cancellation must find them again. */
  private static String id(String value, String field) {
    if (!FieldLimits.isStorable(value, FieldLimits.ID)) {
      throw refused(field);
    }
    return value;
  }

  private static String required(String value, String field, int limit) {
    String trimmed = value.trim();
    if (!FieldLimits.isStorable(trimmed, limit)) {
      throw refused(field);
    }
    return trimmed;
  }

  private String optional(String value, String field, int limit) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String trimmed = value.trim();
    if (FieldLimits.isStorable(trimmed, limit)) {
      return trimmed;
    }
    dropped.add(field);
    return null;
  }

  private static Rejection refused(String field) {
    return new Rejection(
        PartnerApiErrorCode.RESERVATION_EXCEPTION,
        field + " cannot be stored: too long or holding control characters");
  }
}
