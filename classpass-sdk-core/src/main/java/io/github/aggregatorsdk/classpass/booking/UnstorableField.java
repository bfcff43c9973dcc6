package io.github.aggregatorsdk.classpass.booking;

import io.github.aggregatorsdk.classpass.model.Address;
import io.github.aggregatorsdk.classpass.model.ClassPassUser;
import java.util.Map;
import java.util.Optional;

/**
 * What a {@link io.github.aggregatorsdk.classpass.spi.ValueNotStorableException} field means for a
 * reservation: an optional personal field to drop from the user (the booking is tried again without
 * it), or a required one whose wire name the 4001 answer names.
 */
final class UnstorableField {

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

  private UnstorableField() {}

  /** The field as ClassPass named it, or as the host did when it is no field of a reservation. */
  static String wireName(String field) {
    return WIRE_NAMES.getOrDefault(field, field);
  }

  /**
   * The user without an optional field that was present, or empty when the field is required,
   * unknown, or already absent (dropping it again would change nothing).
   */
  static Optional<ClassPassUser> without(ClassPassUser user, String field) {
    ClassPassUser dropped =
        switch (field) {
          case "email" -> user(user, null, user.phone(), user.birthday(), user.address());
          case "phone" -> user(user, user.email(), null, user.birthday(), user.address());
          case "birthday" -> user(user, user.email(), user.phone(), null, user.address());
          case "address" -> user(user, user.email(), user.phone(), user.birthday(), null);
          default ->
              field.startsWith("address.") && user.address() != null
                  ? user(user, user.email(), user.phone(), user.birthday(), address(user.address(), field))
                  : user;
        };
    return dropped.equals(user) ? Optional.empty() : Optional.of(dropped);
  }

  private static Address address(Address a, String field) {
    return new Address(
        field.equals("address.line1") ? null : a.addressLine1(),
        field.equals("address.line2") ? null : a.addressLine2(),
        field.equals("address.city") ? null : a.city(),
        field.equals("address.region") ? null : a.state(),
        field.equals("address.postalCode") ? null : a.zip(),
        field.equals("address.countryCode") ? null : a.country());
  }

  private static ClassPassUser user(
      ClassPassUser u, String email, String phone, String birthday, Address address) {
    return new ClassPassUser(
        u.userId(),
        email,
        u.username(),
        u.firstName(),
        u.lastName(),
        u.gender(),
        birthday,
        phone,
        address,
        u.emergencyContact());
  }
}
