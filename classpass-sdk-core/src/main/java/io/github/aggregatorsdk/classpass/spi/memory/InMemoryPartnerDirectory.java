package io.github.aggregatorsdk.classpass.spi.memory;

import io.github.aggregatorsdk.classpass.spi.Page;
import io.github.aggregatorsdk.classpass.spi.PageRequest;
import io.github.aggregatorsdk.classpass.spi.PartnerDirectory;
import io.github.aggregatorsdk.classpass.spi.PartnerProfile;
import io.github.aggregatorsdk.classpass.spi.VenueProfile;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Partners and venues held in memory, listed in the order of their ids. Thread-safe: every
 * method holds the directory's lock. Obtain one from {@link InMemoryStudio#partners()}.
 */
public final class InMemoryPartnerDirectory implements PartnerDirectory {

  private final NavigableMap<String, PartnerProfile> partners = new TreeMap<>();
  private final Map<String, NavigableMap<String, VenueProfile>> venues = new TreeMap<>();

  InMemoryPartnerDirectory() {}

  @Override
  public synchronized Page<PartnerProfile> partners(PageRequest page) {
    Objects.requireNonNull(page, "page");
    return Page.of(List.copyOf(partners.values()), page);
  }

  @Override
  public synchronized Optional<PartnerProfile> findPartner(String partnerId) {
    Objects.requireNonNull(partnerId, "partnerId");
    return Optional.ofNullable(partners.get(partnerId));
  }

  @Override
  public synchronized Page<VenueProfile> venues(String partnerId, PageRequest page) {
    Objects.requireNonNull(partnerId, "partnerId");
    Objects.requireNonNull(page, "page");
    NavigableMap<String, VenueProfile> ofPartner =
        partners.containsKey(partnerId) ? venues.get(partnerId) : null;
    return Page.of(ofPartner == null ? List.of() : List.copyOf(ofPartner.values()), page);
  }

  @Override
  public synchronized Optional<VenueProfile> findVenue(String partnerId, String venueId) {
    Objects.requireNonNull(partnerId, "partnerId");
    Objects.requireNonNull(venueId, "venueId");
    if (!partners.containsKey(partnerId)) {
      return Optional.empty();
    }
    return Optional.ofNullable(venues.getOrDefault(partnerId, new TreeMap<>()).get(venueId));
  }

  /**
   * Adds a partner or replaces the one with the same id.
   *
   * @param partner the partner; never null
   * @return the stored partner
   */
  public synchronized PartnerProfile save(PartnerProfile partner) {
    Objects.requireNonNull(partner, "partner");
    partners.put(partner.id(), partner);
    return partner;
  }

  /**
   * Adds a venue or replaces the one with the same partner and venue id. The venue is listed once
   * its partner is saved.
   *
   * @param venue the venue; never null
   * @return the stored venue
   */
  public synchronized VenueProfile save(VenueProfile venue) {
    Objects.requireNonNull(venue, "venue");
    venues.computeIfAbsent(venue.partnerId(), id -> new TreeMap<>()).put(venue.id(), venue);
    return venue;
  }
}
