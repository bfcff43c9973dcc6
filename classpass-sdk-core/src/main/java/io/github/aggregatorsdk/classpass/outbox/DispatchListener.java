package io.github.aggregatorsdk.classpass.outbox;

import io.github.aggregatorsdk.classpass.client.ClassPassException;
import java.util.List;

/**
 * Told about every batch the {@link OutboxDispatcher} sends, for health indicators and metrics.
 * Events it gives up on are reported to the {@link DeadLetterListener} instead.
 *
 * <p>Called on the dispatcher's threads, for several batches at once when more than one is in
 * flight ({@link OutboxDispatcherBuilder#maxBatchesInFlight}). Implementations MUST be
 * thread-safe and SHOULD return quickly; an exception they throw is logged and swallowed.
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

  /**
   * ClassPass accepted these entries; called right after {@link #batchSent} for the same call
   * (a registration is a call of its own), for listeners that need to know what was delivered,
   * such as the operations status recording when each partner and venue was last registered.
   *
   * @param entries the delivered entries; never null or empty
   */
  default void delivered(List<OutboxEntry> entries) {}

  /**
   * A call carrying these entries failed; called right after {@link #batchFailed} for the same
   * call. The entries are retried, sent one by one, or dead-lettered, as the policy says.
   *
   * @param entries the entries of the failed call; never null or empty
   * @param reason the kind of failure, for example {@code "400 from ClassPass"}; never null,
   *     never personal data, a token or a response body
   */
  default void failed(List<OutboxEntry> entries, String reason) {}
}
