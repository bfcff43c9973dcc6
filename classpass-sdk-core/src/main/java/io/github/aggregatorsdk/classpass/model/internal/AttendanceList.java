package io.github.aggregatorsdk.classpass.model.internal;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Objects;

/**
 * The answer to {@code GET
 * /partners/{partner_id}/venues/{venue_id}/schedules/{schedule_id}/attendance}: {@code
 * {"attendance": [Attendance], "pagination"}}.
 *
 * @param attendance the items of this page, in the listing's order; never null
 * @param pagination where this page lies in the listing; never null
 */
public record AttendanceList(
    @JsonProperty("attendance") List<Attendance> attendance,
    @JsonProperty("pagination") Pagination pagination) {

  /**
   * Copies the items so the record stays immutable (null becomes an empty list) and checks the
   * pagination.
   *
   * @throws NullPointerException if {@code pagination} is null
   */
  public AttendanceList {
    attendance = attendance == null ? List.of() : List.copyOf(attendance);
    Objects.requireNonNull(pagination, "pagination");
  }
}
