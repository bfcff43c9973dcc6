package io.github.aggregatorsdk.classpass.sync;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.aggregatorsdk.classpass.model.ClassPassJson;
import io.github.aggregatorsdk.classpass.model.ReservationUpdate;
import io.github.aggregatorsdk.classpass.model.Schedule;
import io.github.aggregatorsdk.classpass.model.UpdateEvent;
import io.github.aggregatorsdk.classpass.model.UpdatePayload;
import java.io.UncheckedIOException;
import java.util.UUID;

/**
 * Turns payloads into outbox events and back, with the SDK's own mapper: keys {@code
 * schedule:<id>} and {@code reservation:<id>}, the payload's {@code last_updated} as version, a
 * random UUID as event id (sent to ClassPass as the update's {@code id}).
 */
final class OutboxPayloads {

  private final ObjectMapper json = ClassPassJson.newObjectMapper();

  OutboxEvent schedule(Schedule schedule) {
    return new OutboxEvent(
        UUID.randomUUID().toString(),
        OutboxEventType.SCHEDULE,
        "schedule:" + schedule.id(),
        schedule.lastUpdated().toInstant(),
        write(schedule));
  }

  OutboxEvent reservation(ReservationUpdate update) {
    return new OutboxEvent(
        UUID.randomUUID().toString(),
        OutboxEventType.RESERVATION,
        "reservation:" + update.reservationId(),
        update.lastUpdated().toInstant(),
        write(update));
  }

  /** An update event with the stored event's id, as pushed in a batch. */
  UpdateEvent decode(OutboxEvent event) {
    Class<? extends UpdatePayload> type =
        switch (event.type()) {
          case SCHEDULE -> Schedule.class;
          case RESERVATION -> ReservationUpdate.class;
        };
    try {
      return new UpdateEvent(event.eventId(), json.readValue(event.payload(), type));
    } catch (JsonProcessingException e) {
      // Jackson's message quotes the payload: keep only the location.
      String at =
          e.getLocation() == null
              ? "unknown position"
              : "line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
      throw new IllegalArgumentException("unreadable " + event.type() + " payload at " + at);
    }
  }

  private String write(UpdatePayload payload) {
    try {
      return json.writeValueAsString(payload);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException("could not write a " + payload.getClass().getSimpleName(), e);
    }
  }
}
