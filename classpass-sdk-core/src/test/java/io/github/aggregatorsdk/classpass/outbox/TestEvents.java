package io.github.aggregatorsdk.classpass.outbox;

import io.github.aggregatorsdk.classpass.internal.PayloadJson;
import io.github.aggregatorsdk.classpass.model.ReservationUpdate;
import io.github.aggregatorsdk.classpass.model.Schedule;
import java.util.UUID;

/**
 * Outbox events as the sync queues them (its package-private {@code OutboxPayloads}): key by
 * id, version from {@code last_updated}, a random UUID as event id, the SDK's JSON.
 */
final class TestEvents {

  private TestEvents() {}

  static OutboxEvent schedule(Schedule schedule) {
    return new OutboxEvent(UUID.randomUUID().toString(), OutboxEventType.SCHEDULE,
        "schedule:" + schedule.id(), schedule.lastUpdated().toInstant(),
        PayloadJson.write(schedule));
  }

  static OutboxEvent reservation(ReservationUpdate update) {
    return new OutboxEvent(UUID.randomUUID().toString(), OutboxEventType.RESERVATION,
        "reservation:" + update.reservationId(), update.lastUpdated().toInstant(),
        PayloadJson.write(update));
  }
}
