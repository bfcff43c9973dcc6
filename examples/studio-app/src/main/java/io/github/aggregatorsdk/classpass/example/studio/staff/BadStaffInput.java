package io.github.aggregatorsdk.classpass.example.studio.staff;

/** A form field staff filled in wrongly, such as letters where a number belongs; answered 400. */
class BadStaffInput extends StaffActionRefused {

  private static final long serialVersionUID = 1L;

  BadStaffInput(String message) {
    super(message);
  }

  /** The value as staff typed it, shortened for a message. */
  static String quote(String value) {
    String shown = value.length() > 20 ? value.substring(0, 20) + "…" : value;
    return "\"" + shown + "\"";
  }
}
