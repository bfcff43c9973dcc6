package io.github.aggregatorsdk.classpass.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * The body of {@code POST /v1/inventory/batch-updates}: {@code {"events": [UpdateEvent, ...]}}.
 * Every event of a batch carries an id, so that ClassPass can tell them apart.
 *
 * @param events the events, in order; never null, each with an id
 */
public record UpdateBatch(@JsonProperty("events") List<UpdateEvent> events) {

  /**
   * Copies the events so the record stays immutable (null becomes an empty list) and checks that
   * each has an id.
   *
   * @throws NullPointerException if an event is null
   * @throws IllegalArgumentException if an event has no id
   */
  public UpdateBatch {
    events = events == null ? List.of() : List.copyOf(events);
    for (int i = 0; i < events.size(); i++) {
      if (events.get(i).id() == null) {
        throw new IllegalArgumentException("events[" + i + "] has no id; batch events need one");
      }
    }
  }
}
