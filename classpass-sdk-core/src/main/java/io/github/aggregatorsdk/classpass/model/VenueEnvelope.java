package io.github.aggregatorsdk.classpass.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;

/**
 * A single venue wrapped as the API sends it: {@code {"venue": Venue}}, the body of a registration
 * and of the answer to {@code GET /partners/{partner_id}/venues/{venue_id}}.
 *
 * @param venue the venue; never null
 */
public record VenueEnvelope(@JsonProperty("venue") Venue venue) {

  /**
   * Checks the venue.
   *
   * @throws NullPointerException if {@code venue} is null
   */
  public VenueEnvelope {
    Objects.requireNonNull(venue, "venue");
  }
}
