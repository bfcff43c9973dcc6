package io.github.aggregatorsdk.classpass.partnerapi;

import io.github.aggregatorsdk.classpass.model.Address;
import io.github.aggregatorsdk.classpass.model.Coordinate;
import io.github.aggregatorsdk.classpass.model.Image;
import io.github.aggregatorsdk.classpass.model.Pagination;
import io.github.aggregatorsdk.classpass.model.Partner;
import io.github.aggregatorsdk.classpass.model.Venue;
import io.github.aggregatorsdk.classpass.spi.ImageRef;
import io.github.aggregatorsdk.classpass.spi.PageRequest;
import io.github.aggregatorsdk.classpass.spi.PartnerProfile;
import io.github.aggregatorsdk.classpass.spi.PostalAddress;
import io.github.aggregatorsdk.classpass.spi.VenueProfile;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * The host's partner and venue profiles in the contract's shape, and the pagination of a list
 * answer. Time stamps of profiles have no time zone of their own and are written in UTC.
 */
final class Profiles {

  private Profiles() {}

  static Partner partner(PartnerProfile profile) {
    return new Partner(
        profile.id(),
        profile.name(),
        profile.description(),
        images(profile.images()),
        utc(profile.lastUpdated()));
  }

  static Venue venue(VenueProfile profile) {
    return new Venue(
        profile.partnerId(),
        profile.id(),
        profile.name(),
        profile.description(),
        address(profile.address()),
        profile.phone(),
        profile.email(),
        profile.website(),
        profile.latitude() == null ? null : new Coordinate(profile.latitude(), profile.longitude()),
        images(profile.images()),
        utc(profile.lastUpdated()));
  }

  /** The pagination of a page of the request's size out of {@code totalItems}. */
  static Pagination pagination(PageRequest request, long totalItems) {
    long pages = Math.max(1, (totalItems + request.size() - 1) / request.size());
    return new Pagination(request.page(), request.size(), (int) Math.min(Integer.MAX_VALUE, pages));
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

  private static List<Image> images(List<ImageRef> images) {
    return images.stream()
        .map(image -> new Image(image.width(), image.height(), image.url()))
        .toList();
  }

  private static OffsetDateTime utc(Instant instant) {
    return instant.truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
  }
}
