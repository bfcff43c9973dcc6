package io.github.aggregatorsdk.classpass.spring;

import io.github.aggregatorsdk.classpass.model.PartnerApiErrorCode;
import io.github.aggregatorsdk.classpass.partnerapi.PartnerApiObserver;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import java.util.Set;

/**
 * Observes every request to the partner API as {@value #NAME}, low-cardinality only: {@code
 * method} (one of the usual HTTP methods, else {@code OTHER}), {@code route} (the path template,
 * {@code (no route)} for a path that names no endpoint), {@code status} and {@code code} (the
 * ClassPass error name of the answer, such as {@code NO_CAPACITY_EXCEPTION}, {@code none} on
 * success; not {@code error}, which Micrometer's timers already use for exceptions). Never an
 * id, a header or a body. The scope is open while the request is answered, so that host code and
 * the SDK log with the trace.
 */
final class ObservedPartnerApi implements PartnerApiObserver {

  static final String NAME = "classpass.partner-api.requests";

  // A method is whatever the caller sent: only known ones become a tag value.
  private static final Set<String> METHODS =
      Set.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS");

  private final ObservationRegistry registry;

  ObservedPartnerApi(ObservationRegistry registry) {
    this.registry = registry;
  }

  @Override
  public Exchange started(String method) {
    String known = METHODS.contains(method) ? method : "OTHER";
    Observation observation = Observation.createNotStarted(NAME, registry)
        .lowCardinalityKeyValue("method", known)
        .start();
    Observation.Scope scope = observation.openScope();
    return (route, response) -> {
      scope.close();
      observation.contextualName("classpass partner API " + known + " " + route)
          .lowCardinalityKeyValue("route", route)
          .lowCardinalityKeyValue("status", Integer.toString(response.status()))
          .lowCardinalityKeyValue("code",
              response.errorCode().map(PartnerApiErrorCode::name).orElse("none"))
          .stop();
    };
  }
}
