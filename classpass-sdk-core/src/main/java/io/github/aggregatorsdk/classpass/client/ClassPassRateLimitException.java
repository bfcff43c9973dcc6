package io.github.aggregatorsdk.classpass.client;

/**
 * ClassPass is rate-limiting the caller (HTTP 429). The client waits and retries before throwing
 * this, honouring {@link #retryAfter()}; once thrown, the caller should wait at least that long
 * before sending again.
 */
public final class ClassPassRateLimitException extends ClassPassApiException {

  private static final long serialVersionUID = 1L;

  ClassPassRateLimitException(HttpError error) {
    super(error);
  }
}
