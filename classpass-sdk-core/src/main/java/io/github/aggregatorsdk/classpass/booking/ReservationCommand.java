package io.github.aggregatorsdk.classpass.booking;

import io.github.aggregatorsdk.classpass.customer.ClassPassMember;
import java.util.Objects;

/**
 * Book a ClassPass user into a class: what a reservation from ClassPass asks, checked by the
 * partner API (required ids present and storable).
 *
 * @param reservationId ClassPass's reservation id; never null
 * @param partnerId the partner the class belongs to; never null
 * @param venueId the venue the class takes place at; never null
 * @param scheduleId the host's id of the class session; never null
 * @param spotLabel the spot ClassPass asks for; null to let the rules choose
 * @param member the user to book; never null
 */
public record ReservationCommand(
    String reservationId,
    String partnerId,
    String venueId,
    String scheduleId,
    String spotLabel,
    ClassPassMember member) {

  /** Checks required components. */
  public ReservationCommand {
    Objects.requireNonNull(reservationId, "reservationId");
    Objects.requireNonNull(partnerId, "partnerId");
    Objects.requireNonNull(venueId, "venueId");
    Objects.requireNonNull(scheduleId, "scheduleId");
    Objects.requireNonNull(member, "member");
  }

  /** The same reservation for the member given. */
  ReservationCommand with(ClassPassMember other) {
    return new ReservationCommand(reservationId, partnerId, venueId, scheduleId, spotLabel, other);
  }
}
