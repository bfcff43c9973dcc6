package io.github.aggregatorsdk.classpass.spi;

import java.util.Optional;

/**
 * The host's partners (studio businesses) and their venues (locations), as ClassPass lists them.
 *
 * <p>Implementations MUST be thread-safe. Listings MUST be ordered stably (for example by id) so
 * that paging through them visits every item once. Methods never return null. Exceptions thrown
 * by an implementation reach the caller as they are; the partner API answers them with a 500.
 */
public interface PartnerDirectory {

  /**
   * One page of all partners the host sells on ClassPass.
   *
   * @param page which page; never null
   * @return the page; empty items when past the end
   */
  Page<PartnerProfile> partners(PageRequest page);

  /**
   * One partner by id.
   *
   * @param partnerId the partner's id; never null
   * @return the partner, or empty when the host has none with this id
   */
  Optional<PartnerProfile> findPartner(String partnerId);

  /**
   * One page of a partner's venues.
   *
   * @param partnerId the partner's id; never null. An unknown partner has no venues.
   * @param page which page; never null
   * @return the page; empty items when past the end or when the partner is unknown
   */
  Page<VenueProfile> venues(String partnerId, PageRequest page);

  /**
   * One venue by partner and venue id.
   *
   * @param partnerId the partner's id; never null
   * @param venueId the venue's id; never null
   * @return the venue, or empty when this partner has no venue with this id
   */
  Optional<VenueProfile> findVenue(String partnerId, String venueId);
}
