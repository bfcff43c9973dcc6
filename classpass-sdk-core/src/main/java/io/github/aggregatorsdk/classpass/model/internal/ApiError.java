package io.github.aggregatorsdk.classpass.model.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The error body both sides answer with: {@code {"error": {"code", "name", "message"}}}.
 *
 * @param error the error; null only when a body lacked it
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ApiError(@JsonProperty("error") Detail error) {

  /**
   * An error body with the given fields.
   *
   * @param code numeric error code, e.g. {@code 4001}
   * @param name symbolic name, e.g. {@code RESERVATION_EXCEPTION}; may be null
   * @param message human-readable message; may be null
   * @return the body; never null
   */
  public static ApiError of(int code, String name, String message) {
    return new ApiError(new Detail(code, name, message));
  }

  /**
   * The content of an error body. Every field is null when the body did not have it, and is then
   * not written.
   *
   * @param code numeric error code, e.g. {@code 4001}
   * @param name symbolic name, e.g. {@code RESERVATION_EXCEPTION}
   * @param message human-readable message
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Detail(
      @JsonProperty("code") Integer code,
      @JsonProperty("name") String name,
      @JsonProperty("message") String message) {}
}
