package io.github.aggregatorsdk.classpass.client;

import java.util.Objects;

/**
 * What a failed ClassPass call means for the caller: try again soon, slow down, fix the
 * configuration, or give up on what was sent. The one classification of the SDK: the client
 * retries {@linkplain #isRetryable() retryable} failures within a call, and the outbox dispatcher
 * uses the same classes to decide between retrying later, pausing and dead-lettering.
 */
public enum FailureClass {

  /**
   * Nothing came back ({@link ClassPassConnectionException}: I/O error, timeout), HTTP 408 or any
   * 5xx, or a failure of neither branch: worth trying again after a backoff.
   */
  TRANSIENT,

  /** HTTP 429: ClassPass asks the caller to slow down, usually saying how long in Retry-After. */
  RATE_LIMITED,

  /**
   * HTTP 401 or 403: the access token or its rights are wrong. Retrying does not help until the
   * configuration is fixed.
   */
  AUTHENTICATION,

  /**
   * Any other 4xx: ClassPass refused what was sent (400, 404, 409, 422, ...). Sending the same
   * again gets the same answer.
   */
  REJECTED;

  /**
   * Classifies a failure of a ClassPass call.
   *
   * @param failure what the client threw; never null
   * @return its class; never null
   * @throws NullPointerException if {@code failure} is null
   */
  public static FailureClass of(ClassPassException failure) {
    Objects.requireNonNull(failure, "failure");
    if (!(failure instanceof ClassPassApiException api)) {
      return TRANSIENT;
    }
    int status = api.statusCode();
    if (status == 401 || status == 403) {
      return AUTHENTICATION;
    }
    if (status == 429) {
      return RATE_LIMITED;
    }
    if (status >= 400 && status < 500 && status != 408) {
      return REJECTED;
    }
    return TRANSIENT;
  }

  /**
   * Whether the same request may succeed if sent again after a wait: true for {@link #TRANSIENT}
   * and {@link #RATE_LIMITED}.
   *
   * @return true when a retry may help
   */
  public boolean isRetryable() {
    return this == TRANSIENT || this == RATE_LIMITED;
  }
}
