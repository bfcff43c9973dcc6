package io.github.aggregatorsdk.classpass.ops;

import java.util.Objects;

/**
 * One venue as ClassPass knows it: the ids ClassPass needs and its registration.
 *
 * @param partnerId the partner's id, as {@code GET /partners} lists it; never null
 * @param venueId the venue's id, as {@code GET /partners/{partner_id}/venues} lists it; never
 *     null
 * @param name the venue's name; null when the host has none
 * @param registration how its registration went; never null
 */
public record VenueStatus(
    String partnerId, String venueId, String name, Registration registration) {

  /** Checks the required components. */
  public VenueStatus {
    Objects.requireNonNull(partnerId, "partnerId");
    Objects.requireNonNull(venueId, "venueId");
    Objects.requireNonNull(registration, "registration");
  }
}
