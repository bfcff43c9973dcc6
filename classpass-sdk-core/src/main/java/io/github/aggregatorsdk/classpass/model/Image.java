package io.github.aggregatorsdk.classpass.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * An image of a partner, venue or teacher, by URL.
 *
 * @param width width in pixels
 * @param height height in pixels
 * @param url where ClassPass can fetch the image; required by the contract
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Image(
    @JsonProperty("width") int width,
    @JsonProperty("height") int height,
    @JsonProperty("url") String url) {}
