package io.github.aggregatorsdk.classpass.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.OffsetDateTime;

/**
 * The room of a venue a {@link Schedule} takes place in.
 *
 * @param id the host's id of the room
 * @param name display name
 * @param lastUpdated when the room last changed
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Room(
    @JsonProperty("id") String id,
    @JsonProperty("name") String name,
    @JsonProperty("last_updated") OffsetDateTime lastUpdated) {}
