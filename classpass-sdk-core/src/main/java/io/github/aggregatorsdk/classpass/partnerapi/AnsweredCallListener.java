package io.github.aggregatorsdk.classpass.partnerapi;

/**
 * Told about every call to one of the partner API's endpoints and the status it was answered
 * with, so that staff can see whether and when ClassPass last called (the operations status
 * keeps the last call per endpoint). Calls to paths that name no endpoint are not reported.
 * Called on the request's thread after the answer is made; implementations MUST be thread-safe
 * and quick. An exception thrown here is logged and does not change the answer.
 */
@FunctionalInterface
public interface AnsweredCallListener {

  /**
   * A listener that ignores every call.
   *
   * @return the listener; never null
   */
  static AnsweredCallListener none() {
    return (endpoint, status) -> {};
  }

  /**
   * An endpoint was called and answered.
   *
   * @param endpoint the method and path pattern, for example {@code GET /partners} or {@code
   *     POST /reservations}; never null, never an id, a token or personal data
   * @param status the HTTP status of the answer, for example 200, 400 or 401
   */
  void answered(String endpoint, int status);
}
