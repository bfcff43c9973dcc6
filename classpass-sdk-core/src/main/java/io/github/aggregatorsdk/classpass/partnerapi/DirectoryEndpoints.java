package io.github.aggregatorsdk.classpass.partnerapi;

import io.github.aggregatorsdk.classpass.model.PartnerEnvelope;
import io.github.aggregatorsdk.classpass.model.internal.PartnerList;
import io.github.aggregatorsdk.classpass.model.VenueEnvelope;
import io.github.aggregatorsdk.classpass.model.internal.VenueList;
import io.github.aggregatorsdk.classpass.spi.Page;
import io.github.aggregatorsdk.classpass.spi.PageRequest;
import io.github.aggregatorsdk.classpass.spi.PartnerDirectory;
import io.github.aggregatorsdk.classpass.spi.PartnerProfile;
import io.github.aggregatorsdk.classpass.spi.VenueProfile;
import io.github.aggregatorsdk.classpass.mapping.internal.PartnerVenueMapper;

/** {@code GET /partners…}: partners and venues from the host's {@link PartnerDirectory}. */
final class DirectoryEndpoints {

  private final PartnerDirectory directory;
  private final PartnerVenueMapper mapper = new PartnerVenueMapper();

  DirectoryEndpoints(PartnerDirectory directory) {
    this.directory = directory;
  }

  PartnerList partners(PageRequest request) {
    Page<PartnerProfile> page = directory.partners(request);
    return new PartnerList(
        page.items().stream().map(mapper::toPartner).toList(),
        Paging.pagination(request, page.totalItems()));
  }

  PartnerEnvelope partner(String partnerId) {
    return new PartnerEnvelope(mapper.toPartner(requirePartner(partnerId)));
  }

  VenueList venues(String partnerId, PageRequest request) {
    requirePartner(partnerId);
    Page<VenueProfile> page = directory.venues(partnerId, request);
    return new VenueList(
        page.items().stream().map(mapper::toVenue).toList(),
        Paging.pagination(request, page.totalItems()));
  }

  VenueEnvelope venue(String partnerId, String venueId) {
    return new VenueEnvelope(mapper.toVenue(requireVenue(partnerId, venueId)));
  }

  /**
   * The venue of a partner.
   *
   * @throws Rejection 404 naming whether the partner or the venue is unknown
   */
  VenueProfile requireVenue(String partnerId, String venueId) {
    requirePartner(partnerId);
    return directory
        .findVenue(partnerId, venueId)
        .orElseThrow(() -> Rejection.notFound("the partner has no venue with this venue_id"));
  }

  private PartnerProfile requirePartner(String partnerId) {
    return directory
        .findPartner(partnerId)
        .orElseThrow(() -> Rejection.notFound("no partner has this partner_id"));
  }
}
