package io.github.aggregatorsdk.classpass.example.studio.simulator;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.aggregatorsdk.classpass.model.ClassPassJson;
import io.github.aggregatorsdk.classpass.model.ReservationUpdate;
import io.github.aggregatorsdk.classpass.model.Schedule;
import io.github.aggregatorsdk.classpass.model.UpdateBatch;
import io.github.aggregatorsdk.classpass.model.UpdateEvent;
import java.time.Instant;
import java.util.List;

/**
 * One call the simulator received from the SDK.
 *
 * @param at when it arrived; never null
 * @param method the HTTP method, for example "POST"; never null
 * @param path the path, for example "/v1/inventory/batch-updates"; never null
 * @param body the JSON body as sent; never null, empty when there was none
 */
public record ReceivedCall(Instant at, String method, String path, String body) {

  // The SDK's own mapper: it reads the wire format exactly as the SDK writes it.
  private static final ObjectMapper JSON = ClassPassJson.newObjectMapper();

  /**
   * The updates this call pushed, read with the SDK's wire model.
   *
   * @return the events of a batch, the one event of a single update, or none for a partner or
   *     venue registration; never null
   * @throws IllegalStateException when the body is not the contract's JSON
   */
  public List<UpdateEvent> events() {
    try {
      if (path.endsWith("/batch-updates")) {
        return JSON.readValue(body, UpdateBatch.class).events();
      }
      if (path.endsWith("/updates")) {
        return List.of(JSON.readValue(body, UpdateEvent.class));
      }
      return List.of();
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("not the contract's JSON: " + method + " " + path, e);
    }
  }

  /**
   * One short line per pushed update: {@code SCHEDULE 5 available_spots=2 (of 20)} or {@code
   * RESERVATION r-1 CANCELLED}.
   *
   * @param event an event of {@link #events()}; never null
   * @return the line; never null
   */
  public static String describe(UpdateEvent event) {
    if (event.payload() instanceof Schedule schedule) {
      return "SCHEDULE " + schedule.id()
          + " available_spots=" + schedule.availableSpots()
          + " (of " + schedule.totalSpots() + ")"
          + (schedule.isCancelled() ? " is_cancelled" : "");
    }
    ReservationUpdate update = (ReservationUpdate) event.payload();
    return "RESERVATION " + update.reservationId() + " " + update.status();
  }
}
