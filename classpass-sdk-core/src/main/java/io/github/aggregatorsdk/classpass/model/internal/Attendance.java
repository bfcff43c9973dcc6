package io.github.aggregatorsdk.classpass.model.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.aggregatorsdk.classpass.model.ReservationStatus;
import java.time.OffsetDateTime;

/**
 * One entry of a schedule's attendance list, answered to ClassPass by the partner API. The fields
 * are those of {@link ReservationUpdate}; it is a type of its own because it travels the other way
 * and the two may diverge once the official specification is known.
 *
 * @param cpUserId the ClassPass user id; required by the contract
 * @param reservationId ClassPass's id of the reservation; required by the contract
 * @param spotLabel the booked spot; null when the schedule has no layout (then not written)
 * @param status the reservation's status; required by the contract
 * @param lastUpdated when the status last changed; required by the contract
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Attendance(
    @JsonProperty("cp_user_id") String cpUserId,
    @JsonProperty("reservation_id") String reservationId,
    @JsonProperty("spot_label") String spotLabel,
    @JsonProperty("status") ReservationStatus status,
    @JsonProperty("last_updated") OffsetDateTime lastUpdated) {}
