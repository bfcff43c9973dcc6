package io.github.aggregatorsdk.classpass.partnerapi;

import io.github.aggregatorsdk.classpass.booking.ReservationCommand;
import io.github.aggregatorsdk.classpass.customer.ClassPassMember;
import io.github.aggregatorsdk.classpass.model.Address;
import io.github.aggregatorsdk.classpass.model.internal.ClassPassUser;
import io.github.aggregatorsdk.classpass.model.PartnerApiErrorCode;
import io.github.aggregatorsdk.classpass.model.internal.ReservationRequest;
import io.github.aggregatorsdk.classpass.spi.FieldLimits;
import io.github.aggregatorsdk.classpass.spi.PostalAddress;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The checks of {@code POST /reservations} that keep what the host cannot store away from it
 * ({@link FieldLimits}). Run after the presence checks and before any host code: an id or name that
 * cannot be stored refuses the reservation with 4001 naming the field; an optional field that
 * cannot be stored is dropped and its name (never its value) logged at INFO, so that a paying
 * booking is not refused for it. Fields the SDK never hands the host (user name, gender, emergency
 * contact) are not checked. Names and optional text are trimmed, ids kept as sent; a country code
 * is upper-cased. The birthday is read into a date leniently (unreadable or future: dropped). The
 * result is the booking rules' {@link ReservationCommand}: the wire record stops here.
 */
final class ReservationInput {

  private static final Logger LOG = LoggerFactory.getLogger(ReservationInput.class);

  private final List<String> dropped = new ArrayList<>();

  /** The wire names of the host's fields, for answers naming a value the host refused. */
  private static final Map<String, String> WIRE_NAMES =
      Map.ofEntries(
          Map.entry("reservationId", "reservation_id"),
          Map.entry("classPassUserId", "user.user_id"),
          Map.entry("firstName", "user.first_name"),
          Map.entry("lastName", "user.last_name"),
          Map.entry("spotLabel", "spot_label"),
          Map.entry("email", "user.user_email"),
          Map.entry("phone", "user.phone"),
          Map.entry("birthday", "user.birthday"),
          Map.entry("address", "user.address"),
          Map.entry("address.line1", "user.address.address_line1"),
          Map.entry("address.line2", "user.address.address_line2"),
          Map.entry("address.city", "user.address.city"),
          Map.entry("address.region", "user.address.state"),
          Map.entry("address.postalCode", "user.address.zip"),
          Map.entry("address.countryCode", "user.address.country"));

  private ReservationInput() {}

  /**
   * The request as the booking rules take it.
   *
   * @param today the date a birthday must not be after
   * @throws Rejection 4001 naming the first required field that cannot be stored
   */
  static ReservationCommand command(ReservationRequest request, LocalDate today) {
    return new ReservationInput().check(request, today);
  }

  /** The field as ClassPass named it, or as the host did when it is no field of a reservation. */
  static String wireName(String hostField) {
    return WIRE_NAMES.getOrDefault(hostField, hostField);
  }

  private ReservationCommand check(ReservationRequest request, LocalDate today) {
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
    ClassPassMember checked =
        new ClassPassMember(
            userId,
            firstName,
            lastName,
            optional(user.email(), "user.user_email", FieldLimits.EMAIL),
            optional(user.phone(), "user.phone", FieldLimits.PHONE),
            birthday(user.birthday(), today),
            address(user.address()));
    if (!dropped.isEmpty()) {
      LOG.info(
          "reservation {}: dropped {} (cannot be stored); booking without them",
          reservationId,
          String.join(", ", dropped));
    }
    return new ReservationCommand(
        reservationId, partnerId, venueId, scheduleId, spotLabel, checked);
  }

  /**
   * A birthday read leniently: {@code YYYY-MM-DD}, optionally followed by a time ({@code T} or a
   * space, then anything), or {@code YYYYMMDD}. Anything else, and dates after {@code today}, give
   * null: a birthday never refuses a booking.
   */
  static LocalDate birthday(String text, LocalDate today) {
    if (text == null) {
      return null;
    }
    String value = text.trim();
    try {
      LocalDate date;
      if (value.length() == 8 && value.chars().allMatch(Character::isDigit)) {
        date = LocalDate.parse(value, DateTimeFormatter.BASIC_ISO_DATE);
      } else if (value.length() == 10
          || (value.length() > 10 && (value.charAt(10) == 'T' || value.charAt(10) == ' '))) {
        date = LocalDate.parse(value.substring(0, 10), DateTimeFormatter.ISO_LOCAL_DATE);
      } else {
        return null;
      }
      return date.isAfter(today) ? null : date;
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private PostalAddress address(Address address) {
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
    PostalAddress postal = new PostalAddress(
        optional(address.addressLine1(), "user.address.address_line1", FieldLimits.ADDRESS_LINE),
        optional(address.addressLine2(), "user.address.address_line2", FieldLimits.ADDRESS_LINE),
        optional(address.city(), "user.address.city", FieldLimits.CITY),
        optional(address.state(), "user.address.state", FieldLimits.REGION),
        optional(address.zip(), "user.address.zip", FieldLimits.POSTAL_CODE),
        country == null || country.isEmpty() ? null : country);
    boolean empty = postal.line1() == null && postal.line2() == null && postal.city() == null
        && postal.region() == null && postal.postalCode() == null && postal.countryCode() == null;
    return empty ? null : postal;
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
