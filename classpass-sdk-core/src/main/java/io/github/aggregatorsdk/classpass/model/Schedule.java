package io.github.aggregatorsdk.classpass.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * One bookable occurrence of a class, as ClassPass sells it.
 *
 * <p>ClassPass treats a schedule it receives as the latest state of that occurrence: re-sending one
 * is safe, and {@code lastUpdated} orders versions.
 *
 * @param id the host's id of this occurrence; required by the contract
 * @param partnerId the owning partner's id; required by the contract
 * @param venueId the owning venue's id; required by the contract
 * @param startDatetime start, with the offset it is written with; required by the contract
 * @param endDatetime end, with the offset it is written with; required by the contract
 * @param scheduleClass the activity (JSON {@code class}); required by the contract
 * @param scheduleName display name of this occurrence; null when absent (then not written)
 * @param teachers the teachers; never null, empty when none
 * @param room the room; null when absent
 * @param address where the class takes place when not at the venue's address; null otherwise
 * @param coordinate position when not at the venue; null otherwise
 * @param totalSpots capacity of the class
 * @param availableSpots spots ClassPass may sell now
 * @param hasLayout whether users book a particular spot of {@code layout}
 * @param layout the spots of the room; never null, empty without a layout
 * @param availableSpotLabels labels of the spots still free; never null, empty without a layout
 * @param bookableWindowStarts local date-time ({@code YYYY-MM-DDTHH:MM:SS}) from which ClassPass
 *     may sell; null when absent
 * @param bookableWindowEnds local date-time ({@code YYYY-MM-DDTHH:MM:SS}) until which ClassPass may
 *     sell; null when absent
 * @param lateCancelWindow how long before the start a cancellation counts as late; null when
 *     absent; never negative. Written {@code HH:MM} (seconds are dropped, hours may exceed 24).
 *     Read from {@code HH:MM} or, as one implementation sent it, from a date-time, of which only
 *     the time of day counts: {@code 1970-01-01T08:00:00} is 8 hours
 * @param isCancelled whether the occurrence is cancelled
 * @param lastUpdated when the occurrence last changed; orders versions; required by the contract
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Schedule(
    @JsonProperty("id") String id,
    @JsonProperty("partner_id") String partnerId,
    @JsonProperty("venue_id") String venueId,
    @JsonProperty("start_datetime") OffsetDateTime startDatetime,
    @JsonProperty("end_datetime") OffsetDateTime endDatetime,
    @JsonProperty("class") ScheduleClass scheduleClass,
    @JsonProperty("schedule_name") String scheduleName,
    @JsonProperty("teachers") List<Teacher> teachers,
    @JsonProperty("room") Room room,
    @JsonProperty("address") Address address,
    @JsonProperty("coordinate") Coordinate coordinate,
    @JsonProperty("total_spots") int totalSpots,
    @JsonProperty("available_spots") int availableSpots,
    @JsonProperty("has_layout") boolean hasLayout,
    @JsonProperty("layout") List<SpotPosition> layout,
    @JsonProperty("available_spot_labels") List<String> availableSpotLabels,
    @JsonProperty("bookable_window_starts") LocalDateTime bookableWindowStarts,
    @JsonProperty("bookable_window_ends") LocalDateTime bookableWindowEnds,
    @JsonProperty("late_cancel_window")
        @JsonSerialize(using = LateCancelWindow.Writer.class)
        @JsonDeserialize(using = LateCancelWindow.Reader.class)
        Duration lateCancelWindow,
    @JsonProperty("is_cancelled") boolean isCancelled,
    @JsonProperty("last_updated") OffsetDateTime lastUpdated)
    implements UpdatePayload {

  /**
   * Copies the lists so the record stays immutable (null becomes an empty list) and rejects a
   * negative late-cancel window.
   *
   * @throws IllegalArgumentException if {@code lateCancelWindow} is negative
   */
  public Schedule {
    teachers = teachers == null ? List.of() : List.copyOf(teachers);
    layout = layout == null ? List.of() : List.copyOf(layout);
    availableSpotLabels =
        availableSpotLabels == null ? List.of() : List.copyOf(availableSpotLabels);
    if (lateCancelWindow != null && lateCancelWindow.isNegative()) {
      throw new IllegalArgumentException(
          "lateCancelWindow must not be negative: " + lateCancelWindow);
    }
  }
}
