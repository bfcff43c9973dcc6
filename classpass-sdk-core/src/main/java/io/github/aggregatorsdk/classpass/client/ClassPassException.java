package io.github.aggregatorsdk.classpass.client;

/**
 * Root of every exception the ClassPass client throws. Unchecked; its message never contains the
 * access token.
 *
 * <p>Two branches tell what happened: {@link ClassPassConnectionException} when nothing came back
 * (I/O error, timeout) and {@link ClassPassApiException} when ClassPass answered with an error.
 * This class itself is thrown for the rest, e.g. when the calling thread was interrupted while
 * waiting to retry.
 */
public class ClassPassException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception.
   *
   * @param message what went wrong; must not contain secrets
   */
  public ClassPassException(String message) {
    super(message);
  }

  /**
   * Creates an exception with a cause.
   *
   * @param message what went wrong; must not contain secrets
   * @param cause the underlying failure; may be null
   */
  public ClassPassException(String message, Throwable cause) {
    super(message, cause);
  }
}
