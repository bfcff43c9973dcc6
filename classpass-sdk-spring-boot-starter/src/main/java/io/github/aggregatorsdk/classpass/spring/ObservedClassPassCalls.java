package io.github.aggregatorsdk.classpass.spring;

import io.github.aggregatorsdk.classpass.client.ClassPassApiException;
import io.github.aggregatorsdk.classpass.client.ClassPassCallObserver;
import io.github.aggregatorsdk.classpass.client.ClassPassException;
import io.github.aggregatorsdk.classpass.client.FailureClass;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;

/**
 * Observes every call of the client to ClassPass as {@value #NAME}: low-cardinality {@code
 * method}, {@code endpoint} (path template), {@code outcome} ({@code SUCCESS} or the {@link
 * FailureClass}) and {@code status} (the HTTP status, {@code NONE} when no answer came);
 * high-cardinality {@code attempts}. A failure is recorded as a {@link WithheldFailure}, without
 * ClassPass's message. The observation's scope is open while the call runs, so its
 * log lines carry the trace.
 */
final class ObservedClassPassCalls implements ClassPassCallObserver {

  static final String NAME = "classpass.client.requests";

  private final ObservationRegistry registry;

  ObservedClassPassCalls(ObservationRegistry registry) {
    this.registry = registry;
  }

  @Override
  public Call started(String endpoint) {
    int space = endpoint.indexOf(' ');
    String method = space < 0 ? "UNKNOWN" : endpoint.substring(0, space);
    String path = endpoint.substring(space + 1);
    Observation observation = Observation.createNotStarted(NAME, registry)
        .contextualName("classpass " + endpoint)
        .lowCardinalityKeyValue("method", method)
        .lowCardinalityKeyValue("endpoint", path)
        .start();
    Observation.Scope scope = observation.openScope();
    return new Call() {
      @Override
      public void succeeded(int status, int attempts) {
        end("SUCCESS", status == 0 ? "NONE" : Integer.toString(status), attempts);
      }

      @Override
      public void failed(ClassPassException failure, int attempts) {
        observation.error(new WithheldFailure(failure));
        end(FailureClass.of(failure).name(),
            failure instanceof ClassPassApiException api
                ? Integer.toString(api.statusCode()) : "NONE",
            attempts);
      }

      private void end(String outcome, String status, int attempts) {
        scope.close();
        observation.lowCardinalityKeyValue("outcome", outcome)
            .lowCardinalityKeyValue("status", status)
            .highCardinalityKeyValue("attempts", Integer.toString(attempts))
            .stop();
      }
    };
  }
}
