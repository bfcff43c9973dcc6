package io.github.aggregatorsdk.classpass.outbox;

import io.github.aggregatorsdk.classpass.client.ClassPassException;

/**
 * Told about every batch the {@link OutboxDispatcher} sends, for health indicators and metrics.
 * Events it gives up on are reported to the {@link DeadLetterListener} instead.
 *
 * <p>Called on the dispatcher's thread. Implementations MUST be thread-safe and SHOULD return
 * quickly; an exception they throw is logged and swallowed.
 */
public interface DispatchListener {

  /**
   * A listener that ignores every event.
   *
   * @return the listener; never null
   */
  static DispatchListener none() {
    return new DispatchListener() {};
  }

  /**
   * ClassPass accepted a batch.
   *
   * @param events how many events the batch held; at least 1
   */
  default void batchSent(int events) {}

  /**
   * A batch failed after the client's retries; its events are retried later, sent one by one,
   * or dead-lettered, as the dispatcher's policy says.
   *
   * @param events how many events the batch held; at least 1
   * @param failure why; never null. Its class tells the kind (for example {@code
   *     ClassPassConnectionException}, {@code ClassPassRateLimitException}), its message never
   *     holds the access token
   */
  default void batchFailed(int events, ClassPassException failure) {}
}
