package io.github.aggregatorsdk.classpass.spi;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A venue: one location of a partner where classes take place.
 *
 * @param partnerId the owning partner's id; never null
 * @param id the host's id of the venue; never null
 * @param name display name; never null
 * @param description description; null when none
 * @param address street address; null when the host has none (such a venue's classes cannot be
 *     published, and the sync layer reports why)
 * @param phone the venue's public phone number; null when none
 * @param email the venue's public e-mail address; null when none
 * @param website the venue's web site; null when none
 * @param latitude latitude in degrees; null when unknown (then {@code longitude} is null too)
 * @param longitude longitude in degrees; null when unknown
 * @param images images; never null, may be empty
 * @param lastUpdated when the host last changed the venue; never null
 * @param lateCancelWindow the venue's default late-cancel window, sent to ClassPass with the venue
 *     ({@code late_cancel_window}); null when the venue has none. Not negative
 */
public record VenueProfile(
    String partnerId,
    String id,
    String name,
    String description,
    PostalAddress address,
    String phone,
    String email,
    String website,
    Double latitude,
    Double longitude,
    List<ImageRef> images,
    Instant lastUpdated,
    Duration lateCancelWindow) {

  /**
   * A venue without a default late-cancel window.
   *
   * @throws NullPointerException when a required component is null
   * @throws IllegalArgumentException when only one of latitude and longitude is given
   */
  public VenueProfile(String partnerId, String id, String name, String description,
      PostalAddress address, String phone, String email, String website, Double latitude,
      Double longitude, List<ImageRef> images, Instant lastUpdated) {
    this(partnerId, id, name, description, address, phone, email, website, latitude, longitude,
        images, lastUpdated, null);
  }

  /**
   * Checks required components and copies the image list.
   *
   * @throws NullPointerException when a required component is null
   * @throws IllegalArgumentException when only one of latitude and longitude is given, or the
   *     late-cancel window is negative
   */
  public VenueProfile {
    Objects.requireNonNull(partnerId, "partnerId");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    if ((latitude == null) != (longitude == null)) {
      throw new IllegalArgumentException("latitude and longitude must be given together");
    }
    images = images == null ? List.of() : List.copyOf(images);
    Objects.requireNonNull(lastUpdated, "lastUpdated");
    if (lateCancelWindow != null && lateCancelWindow.isNegative()) {
      throw new IllegalArgumentException("lateCancelWindow must not be negative");
    }
  }
}
