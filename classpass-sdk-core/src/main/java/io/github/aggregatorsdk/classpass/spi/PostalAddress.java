package io.github.aggregatorsdk.classpass.spi;

/**
 * A postal address held by the host. When it is a customer's, it is personal data:
 * {@link #toString()} prints only the country.
 *
 * <p>A customer's address from the partner API holds only storable text within {@link
 * FieldLimits}; a part that was not is null.
 *
 * @param line1 first street line; null when unknown; at most {@link FieldLimits#ADDRESS_LINE}
 * @param line2 second street line; null when absent; at most {@link FieldLimits#ADDRESS_LINE}
 * @param city city; null when unknown; at most {@link FieldLimits#CITY}
 * @param region state or region; null when absent; at most {@link FieldLimits#REGION}
 * @param postalCode postal code; null when unknown; at most {@link FieldLimits#POSTAL_CODE}
 * @param countryCode ISO 3166-1 alpha-2 country code, upper case; null when unknown or not a
 *     country code
 */
public record PostalAddress(
    String line1, String line2, String city, String region, String postalCode, String countryCode) {

  /** Whether the address has what ClassPass needs to list a venue: street, city, postal code and country. */
  public boolean isComplete() {
    return present(line1) && present(city) && present(postalCode) && present(countryCode);
  }

  private static boolean present(String value) {
    return value != null && !value.isBlank();
  }

  /** Prints only the country, never the street, city or postal code. */
  @Override
  public String toString() {
    return "PostalAddress[countryCode=" + countryCode + ", (other fields hidden)]";
  }
}
