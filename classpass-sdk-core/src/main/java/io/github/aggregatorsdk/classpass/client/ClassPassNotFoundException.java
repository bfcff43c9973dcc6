package io.github.aggregatorsdk.classpass.client;

/**
 * ClassPass answered HTTP 404: the path or a referenced partner, venue or schedule is unknown to
 * it. Never retried.
 */
public final class ClassPassNotFoundException extends ClassPassApiException {

  private static final long serialVersionUID = 1L;

  ClassPassNotFoundException(HttpError error) {
    super(error);
  }
}
