package io.github.aggregatorsdk.classpass.mapping.internal;

import io.github.aggregatorsdk.classpass.model.Address;
import io.github.aggregatorsdk.classpass.model.Coordinate;
import io.github.aggregatorsdk.classpass.model.Partner;
import io.github.aggregatorsdk.classpass.model.Venue;
import io.github.aggregatorsdk.classpass.spi.PartnerProfile;
import io.github.aggregatorsdk.classpass.spi.PostalAddress;
import io.github.aggregatorsdk.classpass.spi.VenueProfile;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * Turns the host's partners and venues ({@link PartnerProfile}, {@link VenueProfile}) into the
 * contract's {@link Partner} and {@link Venue}: for registering them with ClassPass and for the
 * inbound {@code GET /partners…} answers alike. Stateless and thread-safe.
 *
 * <p>Field by field: ids, names and descriptions as they are; images as {@code {width, height,
 * url}}; the venue's region becomes {@code state}, its postal code {@code zip}, its country code
 * {@code country}; a venue without an address gets none (the contract requires one, so such a
 * venue's classes are reported by the {@link PreflightCheck}); latitude and longitude become the
 * {@code coordinate} when known; {@code last_updated} is the host's change time in UTC, at
 * microsecond precision.
 */
public final class PartnerVenueMapper {

  /** A mapper with the SDK's rules. */
  public PartnerVenueMapper() {}

  /**
   * The partner as ClassPass lists it.
   *
   * @param partner the host's partner; never null
   * @return the wire partner; never null
   */
  public Partner toPartner(PartnerProfile partner) {
    Objects.requireNonNull(partner, "partner");
    return new Partner(
        partner.id(),
        partner.name(),
        partner.description(),
        ScheduleMapper.images(partner.images()),
        partner.lastUpdated().truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC));
  }

  /**
   * The venue as ClassPass lists it.
   *
   * @param venue the host's venue; never null
   * @return the wire venue; never null
   */
  public Venue toVenue(VenueProfile venue) {
    Objects.requireNonNull(venue, "venue");
    return new Venue(
        venue.partnerId(),
        venue.id(),
        venue.name(),
        venue.description(),
        address(venue.address()),
        venue.phone(),
        venue.email(),
        venue.website(),
        venue.latitude() == null ? null : new Coordinate(venue.latitude(), venue.longitude()),
        ScheduleMapper.images(venue.images()),
        venue.lastUpdated().truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC),
        venue.lateCancelWindow());
  }

  private static Address address(PostalAddress address) {
    return address == null
        ? null
        : new Address(
            address.line1(),
            address.line2(),
            address.city(),
            address.region(),
            address.postalCode(),
            address.countryCode());
  }
}
