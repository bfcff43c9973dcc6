package io.github.aggregatorsdk.classpass.partnerapi;

import io.github.aggregatorsdk.classpass.model.PartnerApiErrorCode;

/**
 * A request answered with an error body instead of a result: bad input, an unknown id, or a refusal
 * by the booking rules. Its message goes to ClassPass, so it names fields and ids, never values of
 * personal data or the token. Carries no stack trace: it is an answer, not a failure.
 */
final class Rejection extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient PartnerApiErrorCode code;

  Rejection(PartnerApiErrorCode code, String message) {
    super(message, null, false, false);
    this.code = code;
  }

  static Rejection badRequest(String message) {
    return new Rejection(PartnerApiErrorCode.BAD_REQUEST, message);
  }

  static Rejection notFound(String message) {
    return new Rejection(PartnerApiErrorCode.NOT_FOUND, message);
  }

  PartnerApiErrorCode code() {
    return code;
  }
}
