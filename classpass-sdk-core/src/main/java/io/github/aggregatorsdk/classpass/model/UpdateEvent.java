package io.github.aggregatorsdk.classpass.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.Objects;

/**
 * One change pushed to ClassPass: {@code {"id", "type", "payload"}}.
 *
 * <p>The {@code type} is not a component: it follows from the payload ({@link Schedule} is {@code
 * SCHEDULE}, {@link ReservationUpdate} is {@code RESERVATION}), so the two cannot disagree. When
 * reading, {@code type} decides which payload record is built.
 *
 * @param id the client-chosen event id, sent only inside a batch; null when not (yet) chosen, then
 *     not written; never blank
 * @param payload what changed; never null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record UpdateEvent(
    @JsonProperty("id") String id,
    @JsonProperty("payload")
        @JsonTypeInfo(
            use = JsonTypeInfo.Id.NAME,
            include = JsonTypeInfo.As.EXTERNAL_PROPERTY,
            property = "type")
        @JsonSubTypes({
          @JsonSubTypes.Type(value = Schedule.class, name = "SCHEDULE"),
          @JsonSubTypes.Type(value = ReservationUpdate.class, name = "RESERVATION")
        })
        UpdatePayload payload) {

  /**
   * Checks the components.
   *
   * @throws NullPointerException if {@code payload} is null
   * @throws IllegalArgumentException if {@code id} is blank
   */
  public UpdateEvent {
    Objects.requireNonNull(payload, "payload");
    if (id != null && id.isBlank()) {
      throw new IllegalArgumentException("id must not be blank; use null for no id");
    }
  }

  /**
   * An event without an id, as pushed on its own.
   *
   * @param payload what changed; never null
   * @return the event; never null
   */
  public static UpdateEvent of(UpdatePayload payload) {
    return new UpdateEvent(null, payload);
  }

  /**
   * This event with the given id, as sent inside a batch.
   *
   * @param id the event id; null for none, never blank
   * @return a new event with the same payload; never null
   */
  public UpdateEvent withId(String id) {
    return new UpdateEvent(id, payload);
  }

  /**
   * The kind of this event, derived from the payload.
   *
   * @return {@link UpdateType#SCHEDULE} or {@link UpdateType#RESERVATION}; never null
   */
  public UpdateType type() {
    return payload instanceof Schedule ? UpdateType.SCHEDULE : UpdateType.RESERVATION;
  }
}
