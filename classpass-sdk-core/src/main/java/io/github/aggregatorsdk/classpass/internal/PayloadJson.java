package io.github.aggregatorsdk.classpass.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.aggregatorsdk.classpass.model.ClassPassJson;
import java.io.UncheckedIOException;

/**
 * The JSON of outbox payloads, with the SDK's own mapper: written by the sync when it queues an
 * update and read by the dispatcher when it sends one. Read errors never quote the payload.
 * Thread-safe. Internal: not part of the SDK's API.
 */
public final class PayloadJson {

  private static final ObjectMapper JSON = ClassPassJson.newObjectMapper();

  private PayloadJson() {}

  /** The wire JSON of a payload record. */
  public static String write(Object payload) {
    try {
      return JSON.writeValueAsString(payload);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException("could not write a " + payload.getClass().getSimpleName(), e);
    }
  }

  /**
   * A payload read back.
   *
   * @param what names the payload in the error, e.g. the event type
   * @throws IllegalArgumentException when the payload is not a {@code type}; the message names
   *     the position, never the content
   */
  public static <T> T read(String payload, Class<T> type, Object what) {
    try {
      return JSON.readValue(payload, type);
    } catch (JsonProcessingException e) {
      // Jackson's message quotes the payload: keep only the location.
      String at =
          e.getLocation() == null
              ? "unknown position"
              : "line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
      throw new IllegalArgumentException("unreadable " + what + " payload at " + at);
    }
  }
}
