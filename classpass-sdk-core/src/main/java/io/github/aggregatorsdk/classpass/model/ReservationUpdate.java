package io.github.aggregatorsdk.classpass.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.OffsetDateTime;

/**
 * The latest status of one ClassPass reservation, pushed as a {@code RESERVATION} update.
 *
 * @param cpUserId the ClassPass user id; required by the contract
 * @param reservationId ClassPass's id of the reservation; required by the contract
 * @param spotLabel the booked spot; null when the schedule has no layout (then not written)
 * @param status the reservation's status; required by the contract
 * @param lastUpdated when the status last changed; orders versions; required by the contract
 * <p>The partner API's attendance listing carries the same fields, inbound.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ReservationUpdate(
    @JsonProperty("cp_user_id") String cpUserId,
    @JsonProperty("reservation_id") String reservationId,
    @JsonProperty("spot_label") String spotLabel,
    @JsonProperty("status") ReservationStatus status,
    @JsonProperty("last_updated") OffsetDateTime lastUpdated)
    implements UpdatePayload {}
