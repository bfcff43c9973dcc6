package io.github.aggregatorsdk.classpass.spi;

/**
 * A postal address held by the host. When it is a customer's, it is personal data:
 * {@link #toString()} prints only the country.
 *
 * @param line1 first street line; null when unknown
 * @param line2 second street line; null when absent
 * @param city city; null when unknown
 * @param region state or region; null when absent
 * @param postalCode postal code; null when unknown
 * @param countryCode ISO 3166-1 alpha-2 country code; null when unknown
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
