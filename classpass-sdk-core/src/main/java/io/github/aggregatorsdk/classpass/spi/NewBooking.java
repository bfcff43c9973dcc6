package io.github.aggregatorsdk.classpass.spi;

import java.time.Instant;
import java.util.Objects;

/**
 * A ClassPass booking the SDK asks the host to add to a class session's sign-in list, in state
 * {@link BookingStatus#BOOKED}.
 *
 * @param sessionId the class session; never null
 * @param customerId the host's customer, already matched or created; never null
 * @param reservationId ClassPass's reservation id; never null, storable text of at most {@link
 *     FieldLimits#ID}
 * @param classPassUserId the ClassPass user; never null, storable text of at most {@link
 *     FieldLimits#ID}
 * @param product the product to show, {@value #CLASSPASS_PRODUCT}; never null
 * @param paid whether to mark it paid; true for ClassPass bookings
 * @param spotLabel the spot to hold, one of the host's own layout labels; null when the class has
 *     no layout
 * @param createdAt when it is booked; never null
 */
public record NewBooking(
    String sessionId,
    String customerId,
    String reservationId,
    String classPassUserId,
    String product,
    boolean paid,
    String spotLabel,
    Instant createdAt) {

  /** The product name ClassPass bookings carry in the sign-in list. */
  public static final String CLASSPASS_PRODUCT = "ClassPass";

  /** Checks required components. */
  public NewBooking {
    Objects.requireNonNull(sessionId, "sessionId");
    Objects.requireNonNull(customerId, "customerId");
    Objects.requireNonNull(reservationId, "reservationId");
    Objects.requireNonNull(classPassUserId, "classPassUserId");
    Objects.requireNonNull(product, "product");
    Objects.requireNonNull(createdAt, "createdAt");
  }

  /** A paid booking with product {@value #CLASSPASS_PRODUCT}. */
  public static NewBooking classPass(
      String sessionId,
      String customerId,
      String reservationId,
      String classPassUserId,
      String spotLabel,
      Instant createdAt) {
    return new NewBooking(
        sessionId,
        customerId,
        reservationId,
        classPassUserId,
        CLASSPASS_PRODUCT,
        true,
        spotLabel,
        createdAt);
  }
}
