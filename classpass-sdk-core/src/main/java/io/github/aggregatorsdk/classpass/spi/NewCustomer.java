package io.github.aggregatorsdk.classpass.spi;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A customer the SDK asks the host to create for a ClassPass user. Which personal fields are
 * filled is decided by the configured personal-data policy; the others are null. Personal data:
 * {@link #toString()} prints only the ClassPass user id.
 *
 * <p>From the partner API, every text is trimmed and storable within {@link FieldLimits} (no
 * control characters, no unpaired surrogates, at most the limit in UTF-16 code units); an optional
 * value that was not is null. A host whose columns are narrower throws {@link
 * ValueNotStorableException} naming the component before writing.
 *
 * @param classPassUserId the ClassPass user id the new customer carries; never null, at most {@link
 *     FieldLimits#ID}
 * @param firstName first name; null when withheld or unknown, at most {@link FieldLimits#NAME}
 * @param lastName last name; null when withheld or unknown, at most {@link FieldLimits#NAME}
 * @param email e-mail address; null when withheld, unknown or not storable, at most {@link
 *     FieldLimits#EMAIL}
 * @param phone phone number; null when withheld, unknown or not storable, at most {@link
 *     FieldLimits#PHONE}
 * @param birthday birthday; null when withheld, unknown, unreadable or in the future
 * @param address postal address; null when withheld or unknown; its parts as {@link PostalAddress}
 *     states
 */
public record NewCustomer(
    String classPassUserId,
    String firstName,
    String lastName,
    String email,
    String phone,
    LocalDate birthday,
    PostalAddress address) {

  /** Checks that the ClassPass user id is present. */
  public NewCustomer {
    Objects.requireNonNull(classPassUserId, "classPassUserId");
  }

  /** Prints the ClassPass user id only. */
  @Override
  public String toString() {
    return "NewCustomer[classPassUserId=" + classPassUserId + ", (personal data hidden)]";
  }
}
