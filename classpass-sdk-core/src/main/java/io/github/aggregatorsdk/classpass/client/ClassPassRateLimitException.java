package io.github.aggregatorsdk.classpass.client;

/**
 * ClassPass is rate-limiting the caller (HTTP 429). The client waits and retries before throwing
 * this, honouring {@link #retryAfter()}, as long as that wait is no longer than its maximum backoff
 * and fits in what is left of its total timeout; a longer wait is not made: this is thrown at once,
 * carrying the full wait ClassPass asked for. Once thrown, the caller should wait at least {@link
 * #retryAfter()} before sending again.
 */
public final class ClassPassRateLimitException extends ClassPassApiException {

  private static final long serialVersionUID = 1L;

  ClassPassRateLimitException(HttpError error) {
    super(error);
  }
}
