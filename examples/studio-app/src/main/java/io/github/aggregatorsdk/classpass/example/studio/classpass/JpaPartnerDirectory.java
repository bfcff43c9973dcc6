package io.github.aggregatorsdk.classpass.example.studio.classpass;

import io.github.aggregatorsdk.classpass.example.studio.Address;
import io.github.aggregatorsdk.classpass.example.studio.studio.PartnerEntity;
import io.github.aggregatorsdk.classpass.example.studio.studio.Partners;
import io.github.aggregatorsdk.classpass.example.studio.studio.VenueEntity;
import io.github.aggregatorsdk.classpass.example.studio.studio.Venues;
import io.github.aggregatorsdk.classpass.spi.Page;
import io.github.aggregatorsdk.classpass.spi.PageRequest;
import io.github.aggregatorsdk.classpass.spi.PartnerDirectory;
import io.github.aggregatorsdk.classpass.spi.PartnerProfile;
import io.github.aggregatorsdk.classpass.spi.PostalAddress;
import io.github.aggregatorsdk.classpass.spi.VenueProfile;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The studio business and its locations, as ClassPass lists them. */
@Component
@Transactional(readOnly = true)
class JpaPartnerDirectory implements PartnerDirectory {

  private final Partners partners;
  private final Venues venues;

  JpaPartnerDirectory(Partners partners, Venues venues) {
    this.partners = partners;
    this.venues = venues;
  }

  @Override
  public Page<PartnerProfile> partners(PageRequest page) {
    return Paging.page(
        page, partners::findAllByOrderByIdAsc, Paging.each(JpaPartnerDirectory::toPartner));
  }

  @Override
  public Optional<PartnerProfile> findPartner(String partnerId) {
    return Ids.parse(partnerId).flatMap(partners::findById).map(JpaPartnerDirectory::toPartner);
  }

  @Override
  public Page<VenueProfile> venues(String partnerId, PageRequest page) {
    Optional<Long> partner = Ids.parse(partnerId);
    if (partner.isEmpty()) {
      return new Page<>(List.of(), 0, page);
    }
    return Paging.page(
        page,
        pageable -> venues.findByPartnerIdOrderByIdAsc(partner.get(), pageable),
        Paging.each(JpaPartnerDirectory::toVenue));
  }

  @Override
  public Optional<VenueProfile> findVenue(String partnerId, String venueId) {
    return Ids.parse(partnerId)
        .flatMap(
            partner -> Ids.parse(venueId).flatMap(id -> venues.findByIdAndPartnerId(id, partner)))
        .map(JpaPartnerDirectory::toVenue);
  }

  static PartnerProfile toPartner(PartnerEntity partner) {
    return new PartnerProfile(
        Ids.format(partner.getId()),
        partner.getName(),
        partner.getDescription(),
        List.of(),
        partner.getUpdatedAt());
  }

  static VenueProfile toVenue(VenueEntity venue) {
    return new VenueProfile(
        Ids.format(venue.getPartner().getId()),
        Ids.format(venue.getId()),
        venue.getName(),
        venue.getDescription(),
        toPostalAddress(venue.getAddress()),
        venue.getPhone(),
        venue.getEmail(),
        venue.getWebsite(),
        venue.getLatitude(),
        venue.getLongitude(),
        List.of(),
        venue.getUpdatedAt());
  }

  private static PostalAddress toPostalAddress(Address address) {
    return address == null
        ? null
        : new PostalAddress(
            address.getLine1(),
            address.getLine2(),
            address.getCity(),
            address.getRegion(),
            address.getPostalCode(),
            address.getCountryCode());
  }
}
