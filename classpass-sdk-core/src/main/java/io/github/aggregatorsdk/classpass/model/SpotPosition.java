package io.github.aggregatorsdk.classpass.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One bookable spot in the room layout of a {@link Schedule}, e.g. a bike in a cycling studio.
 *
 * @param x column of the spot in the layout grid
 * @param y row of the spot in the layout grid
 * @param label the spot's label, as used in {@code spot_label} of reservations
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SpotPosition(
    @JsonProperty("x") int x, @JsonProperty("y") int y, @JsonProperty("label") String label) {}
