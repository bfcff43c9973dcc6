package io.github.aggregatorsdk.classpass.partnerapi;

import io.github.aggregatorsdk.classpass.booking.CancellationCommand;
import io.github.aggregatorsdk.classpass.model.PartnerApiErrorCode;
import java.time.Clock;
import java.time.LocalDate;
import io.github.aggregatorsdk.classpass.booking.BookingServices;
import io.github.aggregatorsdk.classpass.booking.CancellationOutcome;
import io.github.aggregatorsdk.classpass.booking.Refusal;
import io.github.aggregatorsdk.classpass.booking.ReservationOutcome;
import io.github.aggregatorsdk.classpass.model.internal.CancellationRequest;
import io.github.aggregatorsdk.classpass.model.internal.CancellationResponse;
import io.github.aggregatorsdk.classpass.model.internal.ClassPassUser;
import io.github.aggregatorsdk.classpass.model.internal.ReservationRequest;
import io.github.aggregatorsdk.classpass.model.internal.ReservationResponse;

/**
 * {@code POST /reservations} and {@code PATCH /reservations/{reservation_id}}: the required fields
 * are checked here, the rest is the booking rules'.
 *
 * <p>Required for a reservation: {@code reservation_id}, {@code partner_id}, {@code venue_id},
 * {@code schedule_id}, {@code user} with {@code user.user_id}, {@code user.first_name} and {@code
 * user.last_name}, each a non-blank string. The contract lists further user fields (e-mail,
 * username, gender, address, emergency contact) without marking them optional, but refusing a paid
 * booking because one of them is missing would help nobody: their absence is accepted, and customer
 * matching works with what is there. Then {@link ReservationInput} keeps what the host cannot store
 * away from it, before any host code runs. Required for a cancellation: {@code partner_id}; {@code
 * is_late_cancel} is optional and only ClassPass's view (the host decides).
 */
final class ReservationEndpoints {

  private final BookingServices services;
  private final Clock clock;

  ReservationEndpoints(BookingServices services, Clock clock) {
    this.services = services;
    this.clock = clock;
  }

  ReservationResponse reserve(ReservationRequest request) {
    required(request.reservationId(), "reservation_id");
    required(request.partnerId(), "partner_id");
    required(request.venueId(), "venue_id");
    required(request.scheduleId(), "schedule_id");
    ClassPassUser user = request.user();
    if (user == null) {
      throw Rejection.badRequest("user is required");
    }
    required(user.userId(), "user.user_id");
    required(user.firstName(), "user.first_name");
    required(user.lastName(), "user.last_name");
    ReservationOutcome outcome = services.reservations()
        .reserve(ReservationInput.command(request, LocalDate.now(clock)));
    if (outcome instanceof Refusal refusal) {
      throw rejection(refusal);
    }
    return new ReservationResponse(((ReservationOutcome.Reserved) outcome).booking().spotLabel());
  }

  CancellationResponse cancel(String reservationId, CancellationRequest request) {
    required(request.partnerId(), "partner_id");
    CancellationOutcome outcome = services.cancellations().cancel(
        new CancellationCommand(reservationId, request.partnerId(), request.lateCancel()));
    if (outcome instanceof Refusal refusal) {
      throw rejection(refusal);
    }
    return new CancellationResponse(((CancellationOutcome.Cancelled) outcome).lateCancel());
  }

  /** The contract's error for a refusal; a value the host cannot store is named as ClassPass does. */
  private static Rejection rejection(Refusal refusal) {
    PartnerApiErrorCode code = switch (refusal.reason()) {
      case RESERVATION_REFUSED -> PartnerApiErrorCode.RESERVATION_EXCEPTION;
      case CANCELLATION_REFUSED -> PartnerApiErrorCode.CANCELLATION_EXCEPTION;
      case NO_CAPACITY -> PartnerApiErrorCode.NO_CAPACITY_EXCEPTION;
      case CLASS_CANCELLED -> PartnerApiErrorCode.CLASS_CANCELLED_EXCEPTION;
      case ALREADY_RESERVED -> PartnerApiErrorCode.ALREADY_RESERVED_EXCEPTION;
    };
    String message = refusal.field() == null ? refusal.message()
        : ReservationInput.wireName(refusal.field()) + " cannot be stored by the studio";
    return new Rejection(code, message);
  }

  private static void required(String value, String field) {
    if (value == null) {
      throw Rejection.badRequest(field + " is required");
    }
    if (value.isBlank()) {
      throw Rejection.badRequest(field + " must not be blank");
    }
  }
}
