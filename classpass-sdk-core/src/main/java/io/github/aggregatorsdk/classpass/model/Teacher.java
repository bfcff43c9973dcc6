package io.github.aggregatorsdk.classpass.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A teacher of a {@link Schedule}, as shown to ClassPass users.
 *
 * @param id the host's id of the teacher; required by the contract
 * @param firstName first name
 * @param lastName last name
 * @param displayName the name shown to users
 * @param images pictures of the teacher; never null, empty when absent
 * @param lastUpdated when the teacher last changed
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Teacher(
    @JsonProperty("id") String id,
    @JsonProperty("first_name") String firstName,
    @JsonProperty("last_name") String lastName,
    @JsonProperty("display_name") String displayName,
    @JsonProperty("images") List<Image> images,
    @JsonProperty("last_updated") OffsetDateTime lastUpdated) {

  /** Copies {@code images} so the record stays immutable; null becomes an empty list. */
  public Teacher {
    images = images == null ? List.of() : List.copyOf(images);
  }
}
