package io.github.aggregatorsdk.classpass.model.internal;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.aggregatorsdk.classpass.model.Schedule;
import java.util.List;
import java.util.Objects;

/**
 * The answer to {@code GET /partners/{partner_id}/venues/{venue_id}/schedules}: {@code
 * {"schedules": [Schedule], "pagination"}}.
 *
 * @param schedules the items of this page, in the listing's order; never null
 * @param pagination where this page lies in the listing; never null
 */
public record ScheduleList(
    @JsonProperty("schedules") List<Schedule> schedules,
    @JsonProperty("pagination") Pagination pagination) {

  /**
   * Copies the items so the record stays immutable (null becomes an empty list) and checks the
   * pagination.
   *
   * @throws NullPointerException if {@code pagination} is null
   */
  public ScheduleList {
    schedules = schedules == null ? List.of() : List.copyOf(schedules);
    Objects.requireNonNull(pagination, "pagination");
  }
}
