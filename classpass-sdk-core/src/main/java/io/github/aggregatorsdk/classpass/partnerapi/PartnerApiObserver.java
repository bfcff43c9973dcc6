package io.github.aggregatorsdk.classpass.partnerapi;

/**
 * Told about every request the {@link PartnerApiHandler} answers, for timers and traces (the
 * Spring Boot starter adapts it to Micrometer's {@code ObservationRegistry}).
 *
 * <p>{@link #started} is called on the request's thread when {@link PartnerApiHandler#handle}
 * begins; the returned {@link Exchange} is told once, on the same thread, how it was answered, so
 * that an implementation may keep thread-bound state (a tracing scope) open in between. Nothing
 * given to it holds the token, a header, a query or a body. Implementations MUST be thread-safe and
 * quick; an exception they throw is logged at DEBUG and never changes the answer.
 */
public interface PartnerApiObserver {

  /**
   * An observer that ignores every request; the default.
   *
   * @return the observer; never null
   */
  static PartnerApiObserver none() {
    return method -> (route, response) -> {};
  }

  /**
   * A request arrived.
   *
   * @param method the HTTP method as sent, e.g. {@code GET}; never null
   * @return what is told the answer; never null
   */
  Exchange started(String method);

  /** One request being answered. */
  @FunctionalInterface
  interface Exchange {

    /**
     * The request was answered.
     *
     * @param route the endpoint's path template relative to the base path, e.g. {@code
     *     /partners/{partner_id}/venues}, or {@code (no route)} for a path that names no endpoint;
     *     one of nine fixed values, never an id; never null
     * @param response the answer: its {@link PartnerApiResponse#status()} and {@link
     *     PartnerApiResponse#errorCode()}; never null
     */
    void answered(String route, PartnerApiResponse response);
  }
}
