package io.github.aggregatorsdk.classpass.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A venue: one location of a partner, where classes take place.
 *
 * <p>The phone, e-mail and address are the business's, not a person's, so {@link #toString()}
 * prints them (the address prints only its country, as every {@link Address} does).
 *
 * @param partnerId the owning partner's id; required by the contract
 * @param venueId the host's id of the venue; required by the contract
 * @param venueName display name; required by the contract
 * @param venueDescription description; null when absent (then not written)
 * @param address postal address; required by the contract
 * @param phone phone number; null when absent
 * @param email e-mail address; null when absent
 * @param website website URL; null when absent
 * @param coordinate position on the map; null when absent
 * @param images images of the venue; never null, empty when absent
 * @param lastUpdated when the venue last changed; required by the contract
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Venue(
    @JsonProperty("partner_id") String partnerId,
    @JsonProperty("venue_id") String venueId,
    @JsonProperty("venue_name") String venueName,
    @JsonProperty("venue_description") String venueDescription,
    @JsonProperty("address") Address address,
    @JsonProperty("phone") String phone,
    @JsonProperty("email") String email,
    @JsonProperty("website") String website,
    @JsonProperty("coordinate") Coordinate coordinate,
    @JsonProperty("images") List<Image> images,
    @JsonProperty("last_updated") OffsetDateTime lastUpdated) {

  /** Copies {@code images} so the record stays immutable; null becomes an empty list. */
  public Venue {
    images = images == null ? List.of() : List.copyOf(images);
  }
}
