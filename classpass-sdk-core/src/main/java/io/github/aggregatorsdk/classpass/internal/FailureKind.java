package io.github.aggregatorsdk.classpass.internal;

import io.github.aggregatorsdk.classpass.client.ClassPassApiException;
import io.github.aggregatorsdk.classpass.client.ClassPassException;

/**
 * How the dispatcher words a failure for logs and dead letters; which failures are retried is
 * the client's one classification, {@link io.github.aggregatorsdk.classpass.client.FailureClass}.
 * Shared by the dispatcher and the full resync. Internal: not part of the SDK's API.
 */
public final class FailureKind {

  private FailureKind() {}

  /** A short description for logs and dead letters: status and ClassPass error, no body. */
  public static String describe(ClassPassException failure) {
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
