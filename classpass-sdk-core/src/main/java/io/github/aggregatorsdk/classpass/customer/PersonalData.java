package io.github.aggregatorsdk.classpass.customer;

import io.github.aggregatorsdk.classpass.spi.NewCustomer;
import io.github.aggregatorsdk.classpass.spi.PostalAddress;
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

  /** What a new customer for this user receives under the policy. */
  static NewCustomer newCustomer(ClassPassMember user, PersonalDataPolicy policy) {
    boolean contact = policy.includesContact();
    boolean birthdayAndAddress = policy.includesBirthdayAndAddress();
    return new NewCustomer(
        user.userId(),
        clean(user.firstName()),
        clean(user.lastName()),
        contact ? clean(user.email()) : null,
        contact ? clean(user.phone()) : null,
        birthdayAndAddress ? user.birthday() : null,
        birthdayAndAddress ? postalAddress(user.address()) : null);
  }

  private static PostalAddress postalAddress(PostalAddress address) {
    if (address == null) {
      return null;
    }
    PostalAddress postal =
        new PostalAddress(
            clean(address.line1()),
            clean(address.line2()),
            clean(address.city()),
            clean(address.region()),
            clean(address.postalCode()),
            clean(address.countryCode()));
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
