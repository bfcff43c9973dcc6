package io.github.aggregatorsdk.classpass.client;

import io.github.aggregatorsdk.classpass.model.Partner;
import io.github.aggregatorsdk.classpass.model.UpdateEvent;
import io.github.aggregatorsdk.classpass.model.Venue;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The calls a host makes to the ClassPass Inventory API: register partners and venues, push
 * schedule and reservation updates.
 *
 * <p>Create one with {@link #builder()} and share it: implementations are thread-safe. Every call
 * is synchronous and sends what it is given as the latest state, so repeating a call is safe.
 * Every call is bounded in time by its {@link CallLimits}: each attempt, the answer's body included,
 * by the attempt timeout, the whole call by the total timeout. {@linkplain FailureClass#isRetryable()
 * Retryable} failures (no answer, HTTP 408, 429 and 5xx) are retried as the {@link RetrySettings}
 * say, unless ClassPass asks in {@code Retry-After} for a wait longer than the maximum backoff or
 * than what is left of the total timeout: then the call throws at once and the exception's {@link
 * ClassPassApiException#retryAfter()} carries the full wait. After that, or for any other error
 * status, the call throws:
 *
 * <ul>
 *   <li>{@link ClassPassConnectionException} when nothing came back (I/O error, timeout, or an
 *       answer whose body did not arrive in time);
 *   <li>{@link ClassPassApiException} (or one of its subclasses) when ClassPass answered an error;
 *   <li>{@link ClassPassException} when the thread was interrupted while waiting to retry (the
 *       interrupt flag is set again).
 * </ul>
 *
 * <p>An interface so that code using the client can be tested with a fake.
 */
public interface ClassPassClient {

  /**
   * A builder for the standard implementation.
   *
   * @return a new builder; never null
   */
  static ClassPassClientBuilder builder() {
    return new ClassPassClientBuilder();
  }

  /**
   * Registers a partner or updates it ({@code POST /v1/inventory/partners}).
   *
   * @param partner the partner; never null
   * @throws NullPointerException if {@code partner} is null
   * @throws ClassPassException if ClassPass could not be reached or answered an error
   */
  void registerPartner(Partner partner);

  /**
   * Registers a venue or updates it ({@code POST /v1/inventory/venues}).
   *
   * @param venue the venue; never null
   * @throws NullPointerException if {@code venue} is null
   * @throws ClassPassException if ClassPass could not be reached or answered an error
   */
  void registerVenue(Venue venue);

  /**
   * Pushes one change ({@code POST /v1/inventory/updates}). The event is sent without an id, as the
   * contract wants for single updates, even when it has one.
   *
   * @param event the change; never null
   * @throws NullPointerException if {@code event} is null
   * @throws ClassPassException if ClassPass could not be reached or answered an error
   */
  void pushUpdate(UpdateEvent event);

  /**
   * Pushes many changes, in batches of the configured size ({@code POST
   * /v1/inventory/batch-updates}), in order. An event without an id is given a random UUID.
   *
   * <p>Every batch is attempted, also after an earlier one failed; the result tells which batches
   * ClassPass accepted. Only when the thread is interrupted are the remaining batches not sent:
   * they are reported as failed.
   *
   * @param events the changes, in order; never null, no null element; may be empty (then nothing is
   *     sent)
   * @return one outcome per batch, in order; never null
   * @throws NullPointerException if {@code events} or one of its elements is null
   */
  PushUpdatesResult pushUpdates(List<UpdateEvent> events);

  /**
   * How many events {@link #pushUpdates} sends per request (set with {@link
   * ClassPassClientBuilder#batchSize}). The outbox dispatcher claims, and a full resync reads, as
   * many at a time, so that the batch size is set in this one place. The default is 100.
   *
   * @return at least 1
   */
  default int batchSize() {
    return 100;
  }

  /**
   * The time limits of this client's calls, e.g. to size a lease from {@link
   * CallLimits#maxCallTime()}. The default returns empty (not known), for implementations without
   * limits of their own such as test fakes.
   *
   * @return the limits; empty when not known
   */
  default Optional<CallLimits> callLimits() {
    return Optional.empty();
  }

  /**
   * A client that shares this one's connections and settings but retries as {@code retry} says,
   * with a total timeout no longer than this one's (see {@link CallLimits#withRetry}). Cheap: meant
   * for a caller that retries later on its own and wants its calls brief and bounded, e.g. {@code
   * client.withRetry(RetrySettings.brief())} for the outbox dispatcher.
   *
   * <p>The default returns this client unchanged, for implementations that do not retry (such as
   * test fakes); an implementation that retries should override it.
   *
   * @param retry the retry settings of the new client; never null
   * @return a client with those retries; never null
   * @throws NullPointerException if {@code retry} is null
   */
  default ClassPassClient withRetry(RetrySettings retry) {
    Objects.requireNonNull(retry, "retry");
    return this;
  }
}
