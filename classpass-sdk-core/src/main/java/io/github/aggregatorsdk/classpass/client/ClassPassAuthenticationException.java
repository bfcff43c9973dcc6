package io.github.aggregatorsdk.classpass.client;

/**
 * ClassPass refused the access token (HTTP 401) or the action it allows (HTTP 403). Never retried:
 * a new or corrected token is needed.
 */
public final class ClassPassAuthenticationException extends ClassPassApiException {

  private static final long serialVersionUID = 1L;

  ClassPassAuthenticationException(HttpError error) {
    super(error);
  }
}
