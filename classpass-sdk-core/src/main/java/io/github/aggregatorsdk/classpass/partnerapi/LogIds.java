package io.github.aggregatorsdk.classpass.partnerapi;

import io.github.aggregatorsdk.classpass.spi.FieldLimits;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.slf4j.MDC;

/**
 * Puts the ids of the request being answered into SLF4J's MDC, so that every log line written
 * while it is answered (by the SDK or by host code) names its partner, venue, schedule or
 * reservation: {@code classpass.partner_id}, {@code classpass.venue_id}, {@code
 * classpass.schedule_id}, {@code classpass.reservation_id}. Only these ids, never a user's data or
 * a token, and only values a host could store as an id (no control characters, at most {@value
 * FieldLimits#ID} characters), so that a crafted id cannot forge log lines. Closing restores what
 * the MDC held before. One per request, on its thread.
 */
final class LogIds implements AutoCloseable {

  static final String PREFIX = "classpass.";
  private static final Set<String> IDS =
      Set.of("partner_id", "venue_id", "schedule_id", "reservation_id");

  private final Map<String, String> previous = new LinkedHashMap<>();

  /** Adds an id, if it is one of the four and storable; other names are ignored. */
  void put(String name, String value) {
    if (!IDS.contains(name) || value == null || !FieldLimits.isStorable(value, FieldLimits.ID)) {
      return;
    }
    String key = PREFIX + name;
    if (!previous.containsKey(key)) {
      previous.put(key, MDC.get(key));
    }
    MDC.put(key, value);
  }

  @Override
  public void close() {
    previous.forEach(
        (key, value) -> {
          if (value == null) {
            MDC.remove(key);
          } else {
            MDC.put(key, value);
          }
        });
    previous.clear();
  }
}
