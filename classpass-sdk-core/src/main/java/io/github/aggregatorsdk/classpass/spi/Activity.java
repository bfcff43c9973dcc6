package io.github.aggregatorsdk.classpass.spi;

import java.time.Instant;
import java.util.Objects;

/**
 * An activity (class type), such as "Vinyasa Flow", with what it offers to ClassPass.
 *
 * @param id the host's id of the activity; never null
 * @param name display name; null or blank means the class cannot be published (the sync layer
 *     reports why)
 * @param description description; null when none
 * @param classPass what the activity offers to ClassPass; never null
 * @param lastUpdated when the host last changed the activity; never null
 */
public record Activity(
    String id, String name, String description, ClassPassSettings classPass, Instant lastUpdated) {

  /** Checks required components. */
  public Activity {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(classPass, "classPass");
    Objects.requireNonNull(lastUpdated, "lastUpdated");
  }
}
