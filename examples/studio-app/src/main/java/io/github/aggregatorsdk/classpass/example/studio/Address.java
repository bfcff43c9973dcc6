package io.github.aggregatorsdk.classpass.example.studio;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * A postal address, as customers and venues carry it. Every part may be missing; Hibernate reads an
 * address whose columns are all empty as null.
 */
@Embeddable
public class Address {

  @Column(name = "address_line1")
  private String line1;

  @Column(name = "address_line2")
  private String line2;

  private String city;
  private String region;
  private String postalCode;

  /** ISO 3166-1 alpha-2, for example "US". */
  private String countryCode;

  protected Address() {}

  public Address(
      String line1,
      String line2,
      String city,
      String region,
      String postalCode,
      String countryCode) {
    this.line1 = line1;
    this.line2 = line2;
    this.city = city;
    this.region = region;
    this.postalCode = postalCode;
    this.countryCode = countryCode;
  }

  public String getLine1() {
    return line1;
  }

  public String getLine2() {
    return line2;
  }

  public String getCity() {
    return city;
  }

  public String getRegion() {
    return region;
  }

  public String getPostalCode() {
    return postalCode;
  }

  public String getCountryCode() {
    return countryCode;
  }

  /** Prints the country only: a customer's address is personal data. */
  @Override
  public String toString() {
    return "Address[countryCode=" + countryCode + ", (other fields hidden)]";
  }
}
