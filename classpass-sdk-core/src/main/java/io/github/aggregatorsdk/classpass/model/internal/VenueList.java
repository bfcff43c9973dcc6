package io.github.aggregatorsdk.classpass.model.internal;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.aggregatorsdk.classpass.model.Venue;
import java.util.List;
import java.util.Objects;

/**
 * The answer to {@code GET /partners/{partner_id}/venues}: {@code {"venues": [Venue],
 * "pagination"}}.
 *
 * @param venues the items of this page, in the listing's order; never null
 * @param pagination where this page lies in the listing; never null
 */
public record VenueList(
    @JsonProperty("venues") List<Venue> venues, @JsonProperty("pagination") Pagination pagination) {

  /**
   * Copies the items so the record stays immutable (null becomes an empty list) and checks the
   * pagination.
   *
   * @throws NullPointerException if {@code pagination} is null
   */
  public VenueList {
    venues = venues == null ? List.of() : List.copyOf(venues);
    Objects.requireNonNull(pagination, "pagination");
  }
}
