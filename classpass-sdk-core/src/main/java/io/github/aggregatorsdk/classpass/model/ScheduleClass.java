package io.github.aggregatorsdk.classpass.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.OffsetDateTime;

/**
 * The activity a schedule is an occurrence of (the {@code class} object of a {@link Schedule}).
 *
 * @param id the host's id of the activity; required by the contract
 * @param name display name; required by the contract
 * @param description description; null when absent (then not written)
 * @param lastUpdated when the activity last changed; required by the contract
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ScheduleClass(
    @JsonProperty("id") String id,
    @JsonProperty("name") String name,
    @JsonProperty("description") String description,
    @JsonProperty("last_updated") OffsetDateTime lastUpdated) {}
