package io.github.aggregatorsdk.classpass.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A postal address as ClassPass writes it, for venues, schedules and users.
 *
 * <p>Personal data when it belongs to a user: {@link #toString()} does not print it.
 *
 * @param addressLine1 first street line; may be null only when ClassPass omitted it
 * @param addressLine2 second street line; null when absent
 * @param city city
 * @param state state or region; null when absent
 * @param zip postal code
 * @param country ISO 3166-1 alpha-2 country code, e.g. {@code US}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Address(
    @JsonProperty("address_line1") String addressLine1,
    @JsonProperty("address_line2") String addressLine2,
    @JsonProperty("city") String city,
    @JsonProperty("state") String state,
    @JsonProperty("zip") String zip,
    @JsonProperty("country") String country) {

  /** Prints only the country, never the street, city or postal code. */
  @Override
  public String toString() {
    return "Address[country=" + country + ", (other fields hidden)]";
  }
}
