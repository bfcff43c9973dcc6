package io.github.aggregatorsdk.classpass.example.studio.schedule;

import jakarta.persistence.Embeddable;
import java.util.ArrayList;
import java.util.List;

/** One bookable place (mat, bike, reformer) in a class's layout, at a column and row. */
@Embeddable
public class LayoutSpot {

  private String label;
  private int x;
  private int y;

  protected LayoutSpot() {}

  public LayoutSpot(String label, int x, int y) {
    this.label = label;
    this.x = x;
    this.y = y;
  }

  /**
   * A grid of spots labelled {@code prefix}1, {@code prefix}2, … row by row, for example mats M1 to
   * M8 in two rows of four.
   */
  public static List<LayoutSpot> grid(String prefix, int columns, int rows) {
    List<LayoutSpot> spots = new ArrayList<>();
    for (int row = 1; row <= rows; row++) {
      for (int column = 1; column <= columns; column++) {
        spots.add(new LayoutSpot(prefix + (spots.size() + 1), column, row));
      }
    }
    return spots;
  }

  public String getLabel() {
    return label;
  }

  public int getX() {
    return x;
  }

  public int getY() {
    return y;
  }
}
