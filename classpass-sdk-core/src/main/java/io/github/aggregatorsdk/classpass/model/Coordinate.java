package io.github.aggregatorsdk.classpass.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A geographic position in decimal degrees (WGS 84).
 *
 * @param latitude latitude, -90 to 90
 * @param longitude longitude, -180 to 180
 */
public record Coordinate(
    @JsonProperty("latitude") double latitude, @JsonProperty("longitude") double longitude) {}
