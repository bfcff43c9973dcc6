package io.github.aggregatorsdk.classpass.model;

/**
 * Error codes the host answers ClassPass with, in the error body
 * {@code {"error": {"code", "name", "message"}}}.
 *
 * <p>The 4001–4006 codes are the contract's (answered with HTTP 400). The others are this SDK's
 * own for failures the contract does not name; their code is the HTTP status they go with. 4005
 * is unused by the contract and deliberately absent.
 */
public enum PartnerApiErrorCode {
  /** The reservation failed for another reason: schedule unknown, not bookable, user conflict. */
  RESERVATION_EXCEPTION(4001, 400),
  /** The cancellation failed: unknown reservation, or the class already started. */
  CANCELLATION_EXCEPTION(4002, 400),
  /** No spot is left for ClassPass on that schedule. */
  NO_CAPACITY_EXCEPTION(4003, 400),
  /** The schedule is cancelled. */
  CLASS_CANCELLED_EXCEPTION(4004, 400),
  /** This ClassPass user already holds a reservation on that schedule. */
  ALREADY_RESERVED_EXCEPTION(4006, 400),

  /** SDK's own: the request is malformed (bad JSON, missing or mistyped field, bad paging). */
  BAD_REQUEST(400, 400),
  /** SDK's own: the token is missing or wrong. */
  UNAUTHORIZED(401, 401),
  /** SDK's own: the partner, venue or schedule of a GET does not exist. */
  NOT_FOUND(404, 404),
  /** SDK's own: the path exists but not for this HTTP method. */
  METHOD_NOT_ALLOWED(405, 405),
  /** SDK's own: the body is larger than the partner API accepts. */
  PAYLOAD_TOO_LARGE(413, 413),
  /** SDK's own: the body is not JSON. */
  UNSUPPORTED_MEDIA_TYPE(415, 415),
  /** SDK's own: the host failed unexpectedly; nothing about the input was wrong. */
  INTERNAL_ERROR(500, 500),
  /** SDK's own: every worker of the server is busy; the request was not looked at. Retry later. */
  SERVICE_UNAVAILABLE(503, 503);

  private final int code;
  private final int httpStatus;

  PartnerApiErrorCode(int code, int httpStatus) {
    this.code = code;
    this.httpStatus = httpStatus;
  }

  /** The numeric code written to the error body's {@code code}. */
  public int code() {
    return code;
  }

  /** The HTTP status the error is answered with. */
  public int httpStatus() {
    return httpStatus;
  }
}
