package io.github.aggregatorsdk.classpass.customer;

import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Which of a ClassPass user's personal data a customer created for them receives; property
 * {@code classpass.matching.personal-data}. The ClassPass user id is always stored. Customers that
 * already exist, found or linked, are never changed.
 */
public enum PersonalDataPolicy {
  /** {@code all} (the default): names, e-mail, phone, birthday and postal address. */
  ALL("all"),
  /** {@code contact}: names, e-mail and phone; no birthday, no postal address. */
  CONTACT("contact"),
  /** {@code name-only}: first and last name only. */
  NAME_ONLY("name-only");

  private final String propertyValue;

  PersonalDataPolicy(String propertyValue) {
    this.propertyValue = propertyValue;
  }

  /** The value naming this policy in configuration, such as {@code name-only}. */
  public String propertyValue() {
    return propertyValue;
  }

  /** Whether a new customer receives the e-mail address and phone number. */
  public boolean includesContact() {
    return this != NAME_ONLY;
  }

  /** Whether a new customer receives the birthday and postal address. */
  public boolean includesBirthdayAndAddress() {
    return this == ALL;
  }

  /**
   * The policy a configuration value names, ignoring case, surrounding whitespace and whether
   * words are joined by {@code -} or {@code _}.
   *
   * @param value the configured value; never null
   * @return the policy
   * @throws IllegalArgumentException when the value names no policy; the message lists the
   *     accepted values
   */
  public static PersonalDataPolicy fromProperty(String value) {
    Objects.requireNonNull(value, "value");
    String wanted = value.trim().toLowerCase(Locale.ROOT).replace('_', '-');
    for (PersonalDataPolicy policy : values()) {
      if (policy.propertyValue.equals(wanted)) {
        return policy;
      }
    }
    throw new IllegalArgumentException(
        "unknown personal-data policy '"
            + value
            + "', expected one of "
            + Arrays.stream(values())
                .map(PersonalDataPolicy::propertyValue)
                .collect(Collectors.joining(", ")));
  }
}
