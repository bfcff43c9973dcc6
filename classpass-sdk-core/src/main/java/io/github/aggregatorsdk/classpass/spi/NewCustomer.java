package io.github.aggregatorsdk.classpass.spi;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A customer the SDK asks the host to create for a ClassPass user. Which personal fields are
 * filled is decided by the configured personal-data policy; the others are null. Personal data:
 * {@link #toString()} prints only the ClassPass user id.
 *
 * @param classPassUserId the ClassPass user id the new customer carries; never null
 * @param firstName first name; null when withheld or unknown
 * @param lastName last name; null when withheld or unknown
 * @param email e-mail address; null when withheld or unknown
 * @param phone phone number; null when withheld or unknown
 * @param birthday birthday; null when withheld or unknown
 * @param address postal address; null when withheld or unknown
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
