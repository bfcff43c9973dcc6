package io.github.aggregatorsdk.classpass.client;

import io.github.aggregatorsdk.classpass.model.internal.ApiError;
import java.time.Duration;

/**
 * What an error answer from ClassPass carried, as read by {@link ErrorResponseDecoder}.
 *
 * @param status the HTTP status
 * @param detail the ClassPass error body; null when the body was not one
 * @param requestId the request id header; null when absent
 * @param body the body as text, already truncated; never null
 * @param retryAfter the wait {@code Retry-After} asked for; null when absent or unreadable
 */
record HttpError(
    int status, ApiError.Detail detail, String requestId, String body, Duration retryAfter) {

  private static final int BODY_IN_MESSAGE = 200;

  /** One line for an exception message: status, ClassPass error, request id. */
  String describe() {
    StringBuilder message = new StringBuilder("ClassPass answered HTTP ").append(status);
    if (detail != null) {
      message.append(':');
      if (detail.code() != null) {
        message.append(' ').append(detail.code());
      }
      if (detail.name() != null) {
        message.append(' ').append(detail.name());
      }
      if (detail.message() != null) {
        message.append(": ").append(detail.message());
      }
    } else if (body.isBlank()) {
      message.append(" with an empty body");
    } else {
      String flat = body.strip().replaceAll("\\s+", " ");
      message
          .append(" with a body that is not a ClassPass error: ")
          .append(flat, 0, Math.min(flat.length(), BODY_IN_MESSAGE))
          .append(flat.length() > BODY_IN_MESSAGE ? "..." : "");
    }
    if (requestId != null) {
      message.append(" (request id ").append(requestId).append(')');
    }
    return message.toString();
  }
}
