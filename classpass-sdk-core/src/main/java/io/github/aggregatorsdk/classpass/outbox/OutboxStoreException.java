package io.github.aggregatorsdk.classpass.outbox;

import io.github.aggregatorsdk.classpass.client.ClassPassException;

/**
 * The outbox's storage failed, for example the database was unreachable. The message names the
 * operation and the table, never an event's payload; the cause is the storage's own exception.
 * A {@link ClassPassException}, like every exception the SDK throws.
 */
public class OutboxStoreException extends ClassPassException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what failed, without payloads
   * @param cause the storage's exception; may be null
   */
  public OutboxStoreException(String message, Throwable cause) {
    super(message, cause);
  }
}
