package io.github.aggregatorsdk.classpass.spi;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A partner: the studio business that sells on ClassPass.
 *
 * @param id the host's id of the partner; never null
 * @param name display name; never null
 * @param description description; null when none
 * @param images images; never null, may be empty
 * @param lastUpdated when the host last changed the partner; never null
 */
public record PartnerProfile(
    String id, String name, String description, List<ImageRef> images, Instant lastUpdated) {

  /** Checks required components and copies the image list. */
  public PartnerProfile {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    images = images == null ? List.of() : List.copyOf(images);
    Objects.requireNonNull(lastUpdated, "lastUpdated");
  }
}
