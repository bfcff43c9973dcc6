package io.github.aggregatorsdk.classpass.customer;

import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * How a ClassPass user is matched to a host customer; property {@code classpass.matching.policy}.
 * The ClassPass user id is always looked up first.
 */
public enum MatchingPolicy {
  /**
   * {@code classpass-id} (the default): the customer carrying the ClassPass user id, else a new
   * customer carrying it.
   */
  CLASSPASS_ID("classpass-id"),
  /**
   * {@code classpass-id-then-email}: the customer carrying the ClassPass user id, else the one
   * customer without a ClassPass id whose e-mail matches (ignoring case and surrounding
   * whitespace), which then gets the id linked; else a new customer.
   */
  CLASSPASS_ID_THEN_EMAIL("classpass-id-then-email");

  private final String propertyValue;

  MatchingPolicy(String propertyValue) {
    this.propertyValue = propertyValue;
  }

  /** The value naming this policy in configuration, such as {@code classpass-id}. */
  public String propertyValue() {
    return propertyValue;
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
  public static MatchingPolicy fromProperty(String value) {
    Objects.requireNonNull(value, "value");
    String wanted = value.trim().toLowerCase(Locale.ROOT).replace('_', '-');
    for (MatchingPolicy policy : values()) {
      if (policy.propertyValue.equals(wanted)) {
        return policy;
      }
    }
    throw new IllegalArgumentException(
        "unknown matching policy '"
            + value
            + "', expected one of "
            + Arrays.stream(values())
                .map(MatchingPolicy::propertyValue)
                .collect(Collectors.joining(", ")));
  }
}
