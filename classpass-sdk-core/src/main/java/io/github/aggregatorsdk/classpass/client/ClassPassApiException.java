package io.github.aggregatorsdk.classpass.client;

import java.time.Duration;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * ClassPass answered with an error status. Carries the status, the ClassPass error code, name and
 * message when the body was a ClassPass error body ({@code {"error": {"code", "name",
 * "message"}}}), the request id header when present, and the body itself, truncated.
 *
 * <p>{@linkplain FailureClass#isRetryable() Retryable} statuses (408, 429 and every 5xx) are
 * retried before this is thrown, unless {@link #retryAfter()} asks for a longer wait than the
 * client may make; other statuses are not retried. {@link FailureClass#of} tells what a status
 * means for the caller. Subclasses mark the statuses callers usually branch on: {@link ClassPassAuthenticationException}
 * (401, 403), {@link ClassPassNotFoundException} (404) and {@link ClassPassRateLimitException}
 * (429).
 */
public class ClassPassApiException extends ClassPassException {

  private static final long serialVersionUID = 1L;

  /** The most of the body kept, in characters. */
  static final int MAX_BODY_LENGTH = 2048;

  private final int statusCode;
  private final Integer errorCode;
  private final String errorName;
  private final String errorMessage;
  private final String requestId;
  private final String responseBody;
  private final Duration retryAfter;

  ClassPassApiException(HttpError error) {
    super(error.describe());
    this.statusCode = error.status();
    this.errorCode = error.detail() == null ? null : error.detail().code();
    this.errorName = error.detail() == null ? null : error.detail().name();
    this.errorMessage = error.detail() == null ? null : error.detail().message();
    this.requestId = error.requestId();
    this.responseBody = error.body();
    this.retryAfter = error.retryAfter();
  }

  /**
   * The HTTP status ClassPass answered with.
   *
   * @return the status, e.g. {@code 400}
   */
  public int statusCode() {
    return statusCode;
  }

  /**
   * The numeric ClassPass error code, e.g. {@code 4001}.
   *
   * @return the code; empty when the body had none
   */
  public OptionalInt errorCode() {
    return errorCode == null ? OptionalInt.empty() : OptionalInt.of(errorCode);
  }

  /**
   * The symbolic ClassPass error name, e.g. {@code RESERVATION_EXCEPTION}.
   *
   * @return the name; empty when the body had none
   */
  public Optional<String> errorName() {
    return Optional.ofNullable(errorName);
  }

  /**
   * The human-readable message of the ClassPass error body.
   *
   * @return the message; empty when the body had none
   */
  public Optional<String> errorMessage() {
    return Optional.ofNullable(errorMessage);
  }

  /**
   * The request id ClassPass sent with the answer ({@code X-Request-Id} or a similar header), to
   * quote when asking ClassPass about the failure.
   *
   * @return the id; empty when the answer had none
   */
  public Optional<String> requestId() {
    return Optional.ofNullable(requestId);
  }

  /**
   * The body of the answer as text, cut to at most 2048 characters.
   *
   * @return the body; never null, empty when there was none
   */
  public String responseBody() {
    return responseBody;
  }

  /**
   * How long ClassPass asked to wait before trying again ({@code Retry-After}, given as seconds or
   * as an HTTP date, which is measured from when the answer arrived). Usually present on 429 and
   * 503 answers. When this wait was longer than the client's maximum backoff or than what was left
   * of its total timeout, the client threw at once without waiting: the caller should honour the
   * full wait before sending again.
   *
   * @return the wait, never negative; empty when the answer did not say
   */
  public Optional<Duration> retryAfter() {
    return Optional.ofNullable(retryAfter);
  }
}
