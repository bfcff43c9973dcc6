package io.github.aggregatorsdk.classpass.spi;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A teacher of a class session.
 *
 * @param id the host's id of the instructor; never null
 * @param firstName first name; null when unknown
 * @param lastName last name; null when unknown
 * @param displayName the name shown on ClassPass; null to derive it from first and last name
 * @param images images; never null, may be empty
 * @param lastUpdated when the host last changed the instructor; never null
 */
public record Instructor(
    String id,
    String firstName,
    String lastName,
    String displayName,
    List<ImageRef> images,
    Instant lastUpdated) {

  /** Checks required components and copies the image list. */
  public Instructor {
    Objects.requireNonNull(id, "id");
    images = images == null ? List.of() : List.copyOf(images);
    Objects.requireNonNull(lastUpdated, "lastUpdated");
  }
}
