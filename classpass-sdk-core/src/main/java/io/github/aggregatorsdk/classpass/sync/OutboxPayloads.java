package io.github.aggregatorsdk.classpass.sync;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.aggregatorsdk.classpass.model.ClassPassJson;
import io.github.aggregatorsdk.classpass.model.Partner;
import io.github.aggregatorsdk.classpass.model.ReservationUpdate;
import io.github.aggregatorsdk.classpass.model.Venue;
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

  OutboxEvent partner(Partner partner) {
    return new OutboxEvent(
        UUID.randomUUID().toString(),
        OutboxEventType.PARTNER,
        partnerKey(partner.partnerId()),
        partner.lastUpdated().toInstant(),
        write(partner));
  }

  OutboxEvent venue(Venue venue) {
    return new OutboxEvent(
        UUID.randomUUID().toString(),
        OutboxEventType.VENUE,
        venueKey(venue.partnerId(), venue.venueId()),
        venue.lastUpdated().toInstant(),
        write(venue));
  }

  static String partnerKey(String partnerId) {
    return "partner:" + partnerId;
  }

  static String venueKey(String partnerId, String venueId) {
    return "venue:" + partnerId + "/" + venueId;
  }

  /** An update event with the stored event's id, as pushed in a batch. */
  UpdateEvent decode(OutboxEvent event) {
    Class<? extends UpdatePayload> type =
        switch (event.type()) {
          case SCHEDULE -> Schedule.class;
          case RESERVATION -> ReservationUpdate.class;
          default -> throw new IllegalArgumentException(event.type() + " is not an update");
        };
    return new UpdateEvent(event.eventId(), read(event, type));
  }

  String scheduleId(OutboxEvent event) {
    return read(event, Schedule.class).id();
  }

  String reservationId(OutboxEvent event) {
    return read(event, ReservationUpdate.class).reservationId();
  }

  String partnerId(OutboxEvent event) {
    return read(event, Partner.class).partnerId();
  }

  /** The partner id and the venue id of a venue registration. */
  String[] venueIds(OutboxEvent event) {
    Venue venue = read(event, Venue.class);
    return new String[] {venue.partnerId(), venue.venueId()};
  }

  /** A registration's {@code Partner} or {@code Venue}. */
  Object decodeRegistration(OutboxEvent event) {
    return switch (event.type()) {
      case PARTNER -> read(event, Partner.class);
      case VENUE -> read(event, Venue.class);
      default -> throw new IllegalArgumentException(event.type() + " is not a registration");
    };
  }

  private <T> T read(OutboxEvent event, Class<T> type) {
    try {
      return json.readValue(event.payload(), type);
    } catch (JsonProcessingException e) {
      // Jackson's message quotes the payload: keep only the location.
      String at =
          e.getLocation() == null
              ? "unknown position"
              : "line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
      throw new IllegalArgumentException("unreadable " + event.type() + " payload at " + at);
    }
  }

  private String write(Object payload) {
    try {
      return json.writeValueAsString(payload);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException("could not write a " + payload.getClass().getSimpleName(), e);
    }
  }
}
