package io.github.aggregatorsdk.classpass.spi;

import java.util.Objects;

/**
 * One bookable place (bike, mat, reformer) in a class session's layout.
 *
 * @param label the label customers book it by, unique in the layout; never null
 * @param x column position in the room's grid
 * @param y row position in the room's grid
 */
public record Spot(String label, int x, int y) {

  /** Checks that the label is present. */
  public Spot {
    Objects.requireNonNull(label, "label");
  }
}
