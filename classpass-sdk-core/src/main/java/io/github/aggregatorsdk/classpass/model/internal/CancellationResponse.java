package io.github.aggregatorsdk.classpass.model.internal;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Successful answer to {@code PATCH /reservations/{reservation_id}}.
 *
 * @param lateCancel the host's decision: true when the cancellation fell inside the schedule's
 *     late-cancel window
 */
public record CancellationResponse(@JsonProperty("is_late_cancel") boolean lateCancel) {}
