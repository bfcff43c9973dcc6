package io.github.aggregatorsdk.classpass.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A partner: the studio business that sells on ClassPass, owning one or more venues.
 *
 * @param partnerId the host's id of the partner; required by the contract
 * @param partnerName display name; required by the contract
 * @param partnerDescription description; null when absent (then not written)
 * @param images images of the partner; never null, empty when absent
 * @param lastUpdated when the partner last changed; required by the contract
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Partner(
    @JsonProperty("partner_id") String partnerId,
    @JsonProperty("partner_name") String partnerName,
    @JsonProperty("partner_description") String partnerDescription,
    @JsonProperty("images") List<Image> images,
    @JsonProperty("last_updated") OffsetDateTime lastUpdated) {

  /** Copies {@code images} so the record stays immutable; null becomes an empty list. */
  public Partner {
    images = images == null ? List.of() : List.copyOf(images);
  }
}
