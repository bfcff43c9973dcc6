package io.github.aggregatorsdk.classpass.customer;

import io.github.aggregatorsdk.classpass.model.Address;
import io.github.aggregatorsdk.classpass.model.ClassPassUser;
import io.github.aggregatorsdk.classpass.spi.NewCustomer;
import io.github.aggregatorsdk.classpass.spi.PostalAddress;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;

/** Normalising and filtering a ClassPass user's personal data; nothing here logs it. */
final class PersonalData {

  private PersonalData() {}

  /** An e-mail address trimmed and lower-cased, or empty when null or blank. */
  static Optional<String> normalizedEmail(String email) {
    if (email == null || email.isBlank()) {
      return Optional.empty();
    }
    return Optional.of(email.trim().toLowerCase(Locale.ROOT));
  }

  /**
   * First and last name trimmed, lower-cased and with inner whitespace collapsed, joined by one
   * space; empty unless both are present.
   */
  static Optional<String> normalizedName(String firstName, String lastName) {
    String first = clean(firstName);
    String last = clean(lastName);
    if (first == null || last == null) {
      return Optional.empty();
    }
    return Optional.of(
        (first + " " + last).replaceAll("\\s+", " ").toLowerCase(Locale.ROOT));
  }

  /**
   * A birthday read leniently: {@code YYYY-MM-DD}, optionally followed by a time ({@code T} or a
   * space, then anything), or {@code YYYYMMDD}. Anything else, and dates after {@code today}, give
   * null: a birthday never refuses a booking.
   */
  static LocalDate parseBirthday(String text, LocalDate today) {
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

  /** What a new customer for this user receives under the policy. */
  static NewCustomer newCustomer(ClassPassUser user, PersonalDataPolicy policy, LocalDate today) {
    boolean contact = policy.includesContact();
    boolean birthdayAndAddress = policy.includesBirthdayAndAddress();
    return new NewCustomer(
        user.userId(),
        clean(user.firstName()),
        clean(user.lastName()),
        contact ? clean(user.email()) : null,
        contact ? clean(user.phone()) : null,
        birthdayAndAddress ? parseBirthday(user.birthday(), today) : null,
        birthdayAndAddress ? postalAddress(user.address()) : null);
  }

  private static PostalAddress postalAddress(Address address) {
    if (address == null) {
      return null;
    }
    PostalAddress postal =
        new PostalAddress(
            clean(address.addressLine1()),
            clean(address.addressLine2()),
            clean(address.city()),
            clean(address.state()),
            clean(address.zip()),
            clean(address.country()));
    boolean empty =
        postal.line1() == null
            && postal.line2() == null
            && postal.city() == null
            && postal.region() == null
            && postal.postalCode() == null
            && postal.countryCode() == null;
    return empty ? null : postal;
  }

  private static String clean(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }
}
