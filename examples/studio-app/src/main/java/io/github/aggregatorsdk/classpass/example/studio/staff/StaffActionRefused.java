package io.github.aggregatorsdk.classpass.example.studio.staff;

/** A staff action the studio's rules do not allow, such as booking a full class. */
public class StaffActionRefused extends RuntimeException {

  private static final long serialVersionUID = 1L;

  StaffActionRefused(String message) {
    super(message);
  }
}
