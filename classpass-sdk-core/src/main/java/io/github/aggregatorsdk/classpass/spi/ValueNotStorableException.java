package io.github.aggregatorsdk.classpass.spi;

import java.util.Objects;

/**
 * Thrown by a host repository that cannot store a value the SDK handed it, for example because its
 * column is narrower than {@link FieldLimits} allows. The repository MUST throw it before writing
 * anything for the call. The SDK then answers as for any value that cannot be stored: an optional
 * field ({@link NewCustomer}'s e-mail, phone, birthday or address parts) is dropped and the
 * reservation tried again without it; a required one refuses the reservation with 4001 naming the
 * field. Its message names the field, never the value (values are personal data).
 */
public class ValueNotStorableException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String field;

  /**
   * An exception for one field.
   *
   * @param field the field of the SPI record that cannot be stored, as its component is named:
   *     {@code firstName}, {@code lastName}, {@code email}, {@code phone}, {@code birthday}, {@code
   *     address} or {@code address.line1}, {@code address.line2}, {@code address.city}, {@code
   *     address.region}, {@code address.postalCode}, {@code address.countryCode}, {@code
   *     classPassUserId}, {@code reservationId}, {@code spotLabel}; never null
   */
  public ValueNotStorableException(String field) {
    super("the value of " + Objects.requireNonNull(field, "field") + " cannot be stored");
    this.field = field;
  }

  /**
   * The field that cannot be stored.
   *
   * @return the field's name as given; never null
   */
  public String field() {
    return field;
  }
}
