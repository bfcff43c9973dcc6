package io.github.aggregatorsdk.classpass.customer;

import io.github.aggregatorsdk.classpass.spi.PostalAddress;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The ClassPass user a reservation is for, as customer matching uses it: the ClassPass user id
 * and the personal data a new customer may receive, already checked and normalised by the partner
 * API (trimmed, values the host cannot store dropped, the birthday read into a date).
 *
 * @param userId ClassPass's user id; never null
 * @param firstName first name; null when unknown
 * @param lastName last name; null when unknown
 * @param email e-mail address; null when unknown
 * @param phone phone number; null when unknown
 * @param birthday date of birth; null when unknown
 * @param address postal address; null when unknown
 */
public record ClassPassMember(
    String userId,
    String firstName,
    String lastName,
    String email,
    String phone,
    LocalDate birthday,
    PostalAddress address) {

  /** Checks that the user id is present. */
  public ClassPassMember {
    Objects.requireNonNull(userId, "userId");
  }

  /**
   * The same member without one value.
   *
   * @param email the e-mail address to keep; null to drop it
   * @param phone the phone number to keep; null to drop it
   * @param birthday the date of birth to keep; null to drop it
   * @param address the address to keep; null to drop it
   * @return the member; never null
   */
  public ClassPassMember with(String email, String phone, LocalDate birthday,
      PostalAddress address) {
    return new ClassPassMember(userId, firstName, lastName, email, phone, birthday, address);
  }

  /** Prints the user id only; names, contact data and birthday stay hidden. */
  @Override
  public String toString() {
    return "ClassPassMember[userId=" + userId + ", (personal data hidden)]";
  }
}
