package io.github.aggregatorsdk.classpass.model.internal;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Body of {@code PATCH /reservations/{reservation_id}}: ClassPass cancels a reservation.
 *
 * @param partnerId the partner the reservation belongs to; required
 * @param lateCancel ClassPass's view of whether the cancellation is late; the host decides and
 *     answers its own view. Null when omitted.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record CancellationRequest(
    @JsonProperty("partner_id") String partnerId,
    @JsonProperty("is_late_cancel") Boolean lateCancel) {}
