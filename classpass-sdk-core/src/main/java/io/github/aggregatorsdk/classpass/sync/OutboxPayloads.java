package io.github.aggregatorsdk.classpass.sync;

import io.github.aggregatorsdk.classpass.internal.PayloadJson;
import io.github.aggregatorsdk.classpass.model.Partner;
import io.github.aggregatorsdk.classpass.model.ReservationUpdate;
import io.github.aggregatorsdk.classpass.model.Schedule;
import io.github.aggregatorsdk.classpass.model.Venue;
import io.github.aggregatorsdk.classpass.outbox.OutboxEvent;
import io.github.aggregatorsdk.classpass.outbox.OutboxEventType;
import io.github.aggregatorsdk.classpass.sync.internal.OutboxKeys;
import java.util.UUID;

/**
 * Turns payloads into outbox events and reads their ids back (for a requeued dead letter), with
 * the SDK's own mapper: keys {@code schedule:<id>} and {@code reservation:<id>}, the payload's
 * {@code last_updated} as version, a random UUID as event id (sent to ClassPass as the update's
 * {@code id}). The dispatcher reads them with the outbox's {@code PayloadDecoder}.
 */
final class OutboxPayloads {

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
    return OutboxKeys.partner(partnerId);
  }

  static String venueKey(String partnerId, String venueId) {
    return OutboxKeys.venue(partnerId, venueId);
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

  private static <T> T read(OutboxEvent event, Class<T> type) {
    return PayloadJson.read(event.payload(), type, event.type());
  }

  private static String write(Object payload) {
    return PayloadJson.write(payload);
  }
}
