package io.github.aggregatorsdk.classpass.sync;

import io.github.aggregatorsdk.classpass.client.ClassPassApiException;
import io.github.aggregatorsdk.classpass.client.ClassPassAuthenticationException;
import io.github.aggregatorsdk.classpass.client.ClassPassException;

/** How the dispatcher treats a batch the client could not deliver. */
enum FailureKind {

  /**
   * 401 or 403: the token or its rights are wrong, a configuration problem that no event causes.
   * Events are kept without counting an attempt, and the dispatcher pauses.
   */
  AUTHENTICATION,

  /** 429: ClassPass asks every sender to slow down; retried later and the dispatcher pauses. */
  RATE_LIMITED,

  /**
   * Any other 4xx but 408: ClassPass refused what was sent. A batch is split so that one bad event
   * cannot hold back the others; a single refused event is dead-lettered at once.
   */
  REJECTED,

  /** No answer, 5xx, 408 or anything else: retried later with backoff. */
  TRANSIENT;

  static FailureKind of(ClassPassException failure) {
    if (failure instanceof ClassPassAuthenticationException) {
      return AUTHENTICATION;
    }
    if (failure instanceof ClassPassApiException api) {
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
    }
    return TRANSIENT;
  }

  /** A short description for logs and dead letters: status and ClassPass error, no body. */
  static String describe(ClassPassException failure) {
    if (failure instanceof ClassPassApiException api) {
      StringBuilder text = new StringBuilder("HTTP ").append(api.statusCode());
      api.errorName().ifPresent(name -> text.append(' ').append(name));
      api.errorCode().ifPresent(code -> text.append(" (").append(code).append(')'));
      api.requestId().ifPresent(id -> text.append(", request id ").append(id));
      return text.append(" from ClassPass").toString();
    }
    String message = failure.getMessage() == null ? "" : ": " + failure.getMessage();
    String text = failure.getClass().getSimpleName() + message;
    return text.length() <= 300 ? text : text.substring(0, 300);
  }
}
