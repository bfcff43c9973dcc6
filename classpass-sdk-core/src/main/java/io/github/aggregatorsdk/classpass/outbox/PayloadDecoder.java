package io.github.aggregatorsdk.classpass.outbox;

import io.github.aggregatorsdk.classpass.internal.PayloadJson;
import io.github.aggregatorsdk.classpass.model.Partner;
import io.github.aggregatorsdk.classpass.model.ReservationUpdate;
import io.github.aggregatorsdk.classpass.model.Schedule;
import io.github.aggregatorsdk.classpass.model.UpdateEvent;
import io.github.aggregatorsdk.classpass.model.UpdatePayload;
import io.github.aggregatorsdk.classpass.model.Venue;

/**
 * Reads queued events back into what the dispatcher sends: updates for a batch, and partner and
 * venue registrations. The sync wrote them with the same mapper ({@link PayloadJson}).
 */
final class PayloadDecoder {

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

  /** A registration's {@code Partner} or {@code Venue}. */
  Object decodeRegistration(OutboxEvent event) {
    return switch (event.type()) {
      case PARTNER -> read(event, Partner.class);
      case VENUE -> read(event, Venue.class);
      default -> throw new IllegalArgumentException(event.type() + " is not a registration");
    };
  }

  private static <T> T read(OutboxEvent event, Class<T> type) {
    return PayloadJson.read(event.payload(), type, event.type());
  }
}
