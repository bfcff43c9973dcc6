package io.github.aggregatorsdk.classpass.ops;

import java.util.List;
import java.util.Objects;

/**
 * One partner (company) as ClassPass knows it: its id, its registration, and its venues.
 *
 * @param partnerId the partner's id, as {@code GET /partners} lists it; never null
 * @param name the partner's name; null when the host has none
 * @param registration how its registration went; never null
 * @param venues its venues, in the directory's order; never null
 */
public record PartnerStatus(
    String partnerId, String name, Registration registration, List<VenueStatus> venues) {

  /** Checks the required components and copies the list. */
  public PartnerStatus {
    Objects.requireNonNull(partnerId, "partnerId");
    Objects.requireNonNull(registration, "registration");
    venues = List.copyOf(venues);
  }
}
