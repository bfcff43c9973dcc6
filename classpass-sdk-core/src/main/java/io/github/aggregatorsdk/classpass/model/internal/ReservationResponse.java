package io.github.aggregatorsdk.classpass.model.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;

/**
 * Successful answer to {@code POST /reservations}.
 *
 * @param spotLabel the spot given to the user, or the empty string when the class has no layout;
 *     never null
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record ReservationResponse(@JsonProperty("spot_label") String spotLabel) {

  /** Normalises a null label to the empty string, as the contract writes it. */
  public ReservationResponse {
    spotLabel = Objects.requireNonNullElse(spotLabel, "");
  }
}
