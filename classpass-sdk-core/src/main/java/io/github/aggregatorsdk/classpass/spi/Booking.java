package io.github.aggregatorsdk.classpass.spi;

import java.time.Instant;
import java.util.Objects;

/**
 * A ClassPass booking in a class session's sign-in list.
 *
 * @param id the host's id of the booking; never null
 * @param sessionId the class session; never null
 * @param customerId the host's customer; never null
 * @param reservationId ClassPass's reservation id; never null, unique per host
 * @param classPassUserId the ClassPass user who booked; never null
 * @param product the product shown in the sign-in list, {@value NewBooking#CLASSPASS_PRODUCT};
 *     never null
 * @param paid whether the booking is paid (ClassPass bookings are, from the start)
 * @param spotLabel the spot held in the layout; null when the class has none
 * @param status the booking's state; never null
 * @param createdAt when it was booked; never null
 * @param lastUpdated when its state last changed; never null
 */
public record Booking(
    String id,
    String sessionId,
    String customerId,
    String reservationId,
    String classPassUserId,
    String product,
    boolean paid,
    String spotLabel,
    BookingStatus status,
    Instant createdAt,
    Instant lastUpdated) {

  /** Checks required components. */
  public Booking {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(sessionId, "sessionId");
    Objects.requireNonNull(customerId, "customerId");
    Objects.requireNonNull(reservationId, "reservationId");
    Objects.requireNonNull(classPassUserId, "classPassUserId");
    Objects.requireNonNull(product, "product");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(lastUpdated, "lastUpdated");
  }
}
