package io.github.aggregatorsdk.classpass.outbox;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * One outbound update to queue: the store keeps only the newest event per {@link #key()}.
 *
 * <p>Keys name what an event is the latest state of: the sync layer uses
 * {@code schedule:<scheduleId>} for {@link OutboxEventType#SCHEDULE} and
 * {@code reservation:<reservationId>} for {@link OutboxEventType#RESERVATION}, so that a class or
 * a reservation is sent in its newest state only. Nothing needs ordering across keys: every
 * event carries a complete state, and ClassPass orders versions by their {@code last_updated}.
 *
 * @param eventId unique id of this event, sent to ClassPass as the update's {@code id}; never
 *     null, not blank, at most {@value #MAX_EVENT_ID_LENGTH} characters (a UUID fits)
 * @param type what the payload is; never null
 * @param key what the event is the latest state of; never null, not blank, at most {@value
 *     #MAX_KEY_LENGTH} characters
 * @param lastUpdated the version: the payload's {@code last_updated}. A newer or equal version
 *     replaces a queued one, an older one is ignored. Never null; kept at microsecond precision
 *     (finer digits are cut) so that every store compares versions alike
 * @param payload the update's payload as JSON, written with the SDK's own mapper; never null.
 *     Stores never log or interpret it
 */
public record OutboxEvent(
    String eventId, OutboxEventType type, String key, Instant lastUpdated, String payload) {

  /** The longest event id a store accepts. */
  public static final int MAX_EVENT_ID_LENGTH = 100;

  /** The longest key a store accepts. */
  public static final int MAX_KEY_LENGTH = 200;

  /**
   * Checks the components and cuts the version to microseconds.
   *
   * @throws NullPointerException when a component is null
   * @throws IllegalArgumentException when the id or key is blank or too long
   */
  public OutboxEvent {
    checkText(eventId, "eventId", MAX_EVENT_ID_LENGTH);
    Objects.requireNonNull(type, "type");
    checkText(key, "key", MAX_KEY_LENGTH);
    lastUpdated = Objects.requireNonNull(lastUpdated, "lastUpdated").truncatedTo(ChronoUnit.MICROS);
    Objects.requireNonNull(payload, "payload");
  }

  private static void checkText(String value, String name, int maxLength) {
    Objects.requireNonNull(value, name);
    if (value.isBlank() || value.length() > maxLength) {
      throw new IllegalArgumentException(
          name + " must be 1 to " + maxLength + " characters and not blank");
    }
  }

  /** The payload stays out of {@code toString}: it may hold names of people. */
  @Override
  public String toString() {
    return "OutboxEvent[eventId=" + eventId + ", type=" + type + ", key=" + key
        + ", lastUpdated=" + lastUpdated + ", payload=(" + payload.length() + " chars)]";
  }
}
