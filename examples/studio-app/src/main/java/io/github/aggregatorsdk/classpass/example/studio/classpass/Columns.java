package io.github.aggregatorsdk.classpass.example.studio.classpass;

import io.github.aggregatorsdk.classpass.spi.ValueNotStorableException;

/**
 * The widths of the columns (schema.sql) the SDK's values land in, in one place. They equal the
 * SDK's {@link io.github.aggregatorsdk.classpass.spi.FieldLimits} except the e-mail column (200,
 * narrower than the SDK's 254): a value that does not fit is refused before anything is written
 * with {@link ValueNotStorableException}, and the SDK books without the e-mail rather than fail.
 */
final class Columns {

  static final int NAME = 100;
  static final int EMAIL = 200;
  static final int PHONE = 40;
  static final int ADDRESS_LINE = 200;
  static final int CITY = 100;
  static final int REGION = 100;
  static final int POSTAL_CODE = 20;
  static final int COUNTRY_CODE = 2;
  static final int CLASSPASS_ID = 100;
  static final int PRODUCT = 100;
  static final int SPOT_LABEL = 20;

  private Columns() {}

  /**
   * Checks that a value fits its column.
   *
   * @throws ValueNotStorableException naming the SPI field when it does not
   */
  static void fits(String value, int width, String field) {
    if (value != null && value.length() > width) {
      throw new ValueNotStorableException(field);
    }
  }
}
