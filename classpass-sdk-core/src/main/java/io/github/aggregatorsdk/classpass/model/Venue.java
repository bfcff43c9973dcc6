package io.github.aggregatorsdk.classpass.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.Duration;
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
 * @param lateCancelWindow the venue's default late-cancel window, written {@code HH:MM} and read
 *     tolerantly like the schedule's; null when absent (then not written)
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
    @JsonProperty("last_updated") OffsetDateTime lastUpdated,
    @JsonProperty("late_cancel_window")
        @JsonSerialize(using = LateCancelWindow.Writer.class)
        @JsonDeserialize(using = LateCancelWindow.Reader.class)
        Duration lateCancelWindow) {

  /**
   * A venue without a default late-cancel window.
   *
   * @param partnerId see the record
   * @param venueId see the record
   * @param venueName see the record
   * @param venueDescription see the record
   * @param address see the record
   * @param phone see the record
   * @param email see the record
   * @param website see the record
   * @param coordinate see the record
   * @param images see the record
   * @param lastUpdated see the record
   */
  public Venue(String partnerId, String venueId, String venueName, String venueDescription,
      Address address, String phone, String email, String website, Coordinate coordinate,
      List<Image> images, OffsetDateTime lastUpdated) {
    this(partnerId, venueId, venueName, venueDescription, address, phone, email, website,
        coordinate, images, lastUpdated, null);
  }

  /**
   * Copies {@code images} so the record stays immutable (null becomes an empty list) and rejects
   * a negative late-cancel window.
   *
   * @throws IllegalArgumentException if {@code lateCancelWindow} is negative
   */
  public Venue {
    images = images == null ? List.of() : List.copyOf(images);
    if (lateCancelWindow != null && lateCancelWindow.isNegative()) {
      throw new IllegalArgumentException(
          "lateCancelWindow must not be negative: " + lateCancelWindow);
    }
  }
}
