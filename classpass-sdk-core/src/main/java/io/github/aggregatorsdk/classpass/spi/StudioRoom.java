package io.github.aggregatorsdk.classpass.spi;

import java.time.Instant;
import java.util.Objects;

/**
 * The room a class session takes place in.
 *
 * @param id the host's id of the room; never null
 * @param name display name; null when none
 * @param lastUpdated when the host last changed the room; never null
 */
public record StudioRoom(String id, String name, Instant lastUpdated) {

  /** Checks required components. */
  public StudioRoom {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(lastUpdated, "lastUpdated");
  }
}
