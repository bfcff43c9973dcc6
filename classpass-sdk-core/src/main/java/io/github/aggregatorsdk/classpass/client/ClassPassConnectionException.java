package io.github.aggregatorsdk.classpass.client;

/**
 * Nothing came back from ClassPass: the connection failed or was reset, the answer was empty, its
 * headers did not arrive within the read timeout, or the whole answer, body included, did not
 * arrive within the attempt timeout. The client retries these; this exception is thrown once the
 * attempts or the total timeout are used up. ClassPass may or may not have processed the request.
 */
public final class ClassPassConnectionException extends ClassPassException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception.
   *
   * @param message what failed; must not contain secrets
   * @param cause the I/O failure; may be null
   */
  public ClassPassConnectionException(String message, Throwable cause) {
    super(message, cause);
  }
}
