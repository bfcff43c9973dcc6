package io.github.aggregatorsdk.classpass.spi;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A customer as the host knows it. Personal data: {@link #toString()} prints only the ids.
 *
 * @param id the host's id of the customer; never null
 * @param firstName first name; null when unknown
 * @param lastName last name; null when unknown
 * @param email e-mail address as the host stores it; null when unknown
 * @param phone phone number; null when unknown
 * @param birthday birthday; null when unknown
 * @param classPassUserId the ClassPass user id ("Aggregator ID") linked to this customer; null
 *     when none. At most one customer of a host carries a given ClassPass user id.
 */
public record Customer(
    String id,
    String firstName,
    String lastName,
    String email,
    String phone,
    LocalDate birthday,
    String classPassUserId) {

  /** Checks that the id is present. */
  public Customer {
    Objects.requireNonNull(id, "id");
  }

  /** The linked ClassPass user id, or empty when the customer has none. */
  public Optional<String> classPassUserIdIfLinked() {
    return Optional.ofNullable(classPassUserId).filter(value -> !value.isBlank());
  }

  /** Prints the ids only; names, contact data and birthday stay hidden. */
  @Override
  public String toString() {
    return "Customer[id=" + id + ", classPassUserId=" + classPassUserId + ", (personal data hidden)]";
  }
}
