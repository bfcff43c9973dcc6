package io.github.aggregatorsdk.classpass.model.internal;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Body of {@code POST /reservations}: ClassPass asks the host to book a user into a schedule.
 *
 * <p>Components are null when ClassPass omitted them; the partner API rejects a request missing a
 * required one before any rule runs.
 *
 * @param reservationId ClassPass's id of this reservation; redelivery repeats it
 * @param partnerId the partner (studio business) the schedule belongs to
 * @param venueId the venue (location) the schedule belongs to
 * @param scheduleId the host's id of the class occurrence
 * @param spotLabel the spot ClassPass asks for when the class has a layout; null when none
 * @param user the ClassPass user who books
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record ReservationRequest(
    @JsonProperty("reservation_id") String reservationId,
    @JsonProperty("partner_id") String partnerId,
    @JsonProperty("venue_id") String venueId,
    @JsonProperty("schedule_id") String scheduleId,
    @JsonProperty("spot_label") String spotLabel,
    @JsonProperty("user") ClassPassUser user) {}
