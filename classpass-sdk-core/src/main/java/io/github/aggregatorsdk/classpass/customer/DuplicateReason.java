package io.github.aggregatorsdk.classpass.customer;

/** Why two customers are likely the same person. */
public enum DuplicateReason {
  /** Their e-mail addresses are equal, ignoring case and surrounding whitespace. */
  SAME_EMAIL,
  /**
   * Their first and last names are equal, ignoring case and extra whitespace, and so are their
   * birthdays.
   */
  SAME_NAME_AND_BIRTHDAY
}
