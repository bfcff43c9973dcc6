package io.github.aggregatorsdk.classpass.client;

import io.github.aggregatorsdk.classpass.model.Partner;
import io.github.aggregatorsdk.classpass.model.UpdateEvent;
import io.github.aggregatorsdk.classpass.model.Venue;
import java.util.List;

/**
 * The calls a host makes to the ClassPass Inventory API: register partners and venues, push
 * schedule and reservation updates.
 *
 * <p>Create one with {@link #builder()} and share it: implementations are thread-safe. Every call
 * is synchronous and sends what it is given as the latest state, so repeating a call is safe.
 * Connection errors and HTTP 429, 502, 503 and 504 are retried as the {@link RetrySettings} say;
 * after that, or for any other error status, the call throws:
 *
 * <ul>
 *   <li>{@link ClassPassConnectionException} when nothing came back (I/O error, timeout);
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
}
