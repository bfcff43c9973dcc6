package io.github.aggregatorsdk.classpass.test;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.aggregatorsdk.classpass.model.ClassPassJson;
import io.github.aggregatorsdk.classpass.model.UpdateBatch;
import io.github.aggregatorsdk.classpass.model.UpdateEvent;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One call {@link FakeClassPass} received, with the answer it gave.
 *
 * @param at when it arrived; never null
 * @param method the HTTP method, for example {@code POST}; never null
 * @param path the path, for example {@code /v1/inventory/batch-updates}; never null
 * @param authorization the {@code Authorization} header as sent; null when absent
 * @param body the body as sent; never null, empty when there was none
 * @param status the HTTP status the fake answered
 */
public record RecordedCall(
    Instant at, String method, String path, String authorization, String body, int status) {

  private static final ObjectMapper JSON = ClassPassJson.newObjectMapper();

  /** Checks the components. */
  public RecordedCall {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(body, "body");
  }

  /**
   * Whether the fake accepted the call (answered 2xx).
   *
   * @return true for a 2xx answer
   */
  public boolean accepted() {
    return status >= 200 && status < 300;
  }

  /**
   * The updates this call carried, read with the SDK's wire model.
   *
   * @return the events of a batch, the one event of a single update, none for a partner or venue
   *     registration; never null
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
    } catch (JsonProcessingException | RuntimeException e) {
      throw new IllegalStateException("not the contract's JSON: " + method + " " + path, e);
    }
  }
}
