package io.github.aggregatorsdk.classpass.booking;

import io.github.aggregatorsdk.classpass.customer.ClassPassMember;
import io.github.aggregatorsdk.classpass.spi.PostalAddress;
import java.util.Optional;

/**
 * What a {@link io.github.aggregatorsdk.classpass.spi.ValueNotStorableException} field means for a
 * reservation: an optional personal value to drop from the member (the booking is tried again
 * without it), or a required one, which refuses the reservation naming the field. Field names are
 * the host's ({@code NewCustomer}, {@code PostalAddress}, {@code NewBooking}).
 */
final class UnstorableField {

  private UnstorableField() {}

  /**
   * The member without an optional value that was present, or empty when the field is required,
   * unknown, or already absent (dropping it again would change nothing).
   */
  static Optional<ClassPassMember> without(ClassPassMember member, String field) {
    ClassPassMember dropped =
        switch (field) {
          case "email" -> member.with(null, member.phone(), member.birthday(), member.address());
          case "phone" -> member.with(member.email(), null, member.birthday(), member.address());
          case "birthday" -> member.with(member.email(), member.phone(), null, member.address());
          case "address" -> member.with(member.email(), member.phone(), member.birthday(), null);
          default ->
              field.startsWith("address.") && member.address() != null
                  ? member.with(member.email(), member.phone(), member.birthday(),
                      address(member.address(), field))
                  : member;
        };
    return dropped.equals(member) ? Optional.empty() : Optional.of(dropped);
  }

  private static PostalAddress address(PostalAddress a, String field) {
    return new PostalAddress(
        field.equals("address.line1") ? null : a.line1(),
        field.equals("address.line2") ? null : a.line2(),
        field.equals("address.city") ? null : a.city(),
        field.equals("address.region") ? null : a.region(),
        field.equals("address.postalCode") ? null : a.postalCode(),
        field.equals("address.countryCode") ? null : a.countryCode());
  }
}
