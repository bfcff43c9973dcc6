package io.github.aggregatorsdk.classpass.spi;

import java.util.Locale;
import java.util.Set;

/**
 * The most the SDK ever hands the host in each text field, so that a host can size its columns
 * once and never see a value it cannot store. The partner API enforces these limits before any
 * host code runs: a value of a required field that breaks them is refused (4001 naming the field),
 * one of an optional field is dropped (the booking is made without it, and the field's name, never
 * its value, is logged).
 *
 * <p>Every text the SDK passes is trimmed and is <em>storable</em>: at most the field's limit in
 * UTF-16 code units ({@link String#length()}, never fewer than the characters a database counts),
 * no control characters ({@code U+0000}–{@code U+001F}, {@code U+007F}–{@code U+009F}, NUL
 * included) and no unpaired surrogate. Any other Unicode, right-to-left text and characters outside
 * the Basic Multilingual Plane included, may arrive: store text as UTF-8 (or UTF-16).
 */
public final class FieldLimits {

  /** ClassPass ids the host stores: reservation id and ClassPass user id; also partner, venue and schedule ids as sent. */
  public static final int ID = 100;

  /** A first or last name. */
  public static final int NAME = 100;

  /** An e-mail address (RFC 5321's limit for a path). */
  public static final int EMAIL = 254;

  /** A phone number as typed, with spaces and punctuation. */
  public static final int PHONE = 40;

  /** One street line of a postal address. */
  public static final int ADDRESS_LINE = 200;

  /** A city. */
  public static final int CITY = 100;

  /** A state or region. */
  public static final int REGION = 100;

  /** A postal code. */
  public static final int POSTAL_CODE = 20;

  /** A country: an ISO 3166-1 alpha-2 code, two upper-case letters such as {@code DE}. */
  public static final int COUNTRY_CODE = 2;

  private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

  private FieldLimits() {}

  /**
   * Whether a value is storable text of at most {@code maxLength} code units: no control character
   * and no unpaired surrogate.
   *
   * @param value the value; null is not storable
   * @param maxLength the field's limit, one of this class's constants
   * @return whether the value may be handed to the host as it is
   */
  public static boolean isStorable(String value, int maxLength) {
    if (value == null || value.length() > maxLength) {
      return false;
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (Character.isISOControl(c)) {
        return false;
      }
      if (Character.isHighSurrogate(c)) {
        if (i + 1 >= value.length() || !Character.isLowSurrogate(value.charAt(i + 1))) {
          return false;
        }
        i++;
      } else if (Character.isLowSurrogate(c)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether a value is an assigned ISO 3166-1 alpha-2 country code, in upper case.
   *
   * @param value the value; null is not a country code
   * @return whether the value names a country
   */
  public static boolean isCountryCode(String value) {
    return value != null && value.length() == COUNTRY_CODE && COUNTRIES.contains(value);
  }
}
