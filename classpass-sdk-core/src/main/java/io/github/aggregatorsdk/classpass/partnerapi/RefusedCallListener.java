package io.github.aggregatorsdk.classpass.partnerapi;

/**
 * Told about every call to the partner API refused for a missing or wrong token, for a metric
 * or an alert: many of them mean a misconfigured token at ClassPass, or someone probing the
 * endpoints. Called on the request's thread; implementations MUST be thread-safe and quick. An
 * exception thrown here is logged and does not change the answer (401).
 */
@FunctionalInterface
public interface RefusedCallListener {

  /**
   * A listener that ignores every refusal.
   *
   * @return the listener; never null
   */
  static RefusedCallListener none() {
    return route -> {};
  }

  /**
   * A call was refused with 401.
   *
   * @param route the endpoint's path pattern, for example {@code /reservations}, or {@code
   *     (no route)} for a path that names no endpoint; never null, never a token or personal data
   */
  void refused(String route);
}
