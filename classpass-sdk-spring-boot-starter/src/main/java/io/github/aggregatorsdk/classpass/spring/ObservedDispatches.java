package io.github.aggregatorsdk.classpass.spring;

import io.github.aggregatorsdk.classpass.outbox.DispatchObserver;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;

/**
 * Observes every batch the dispatcher claims and delivers as {@value #NAME}: low-cardinality
 * {@code outcome} ({@code SUCCESS} every event accepted, {@code PARTIAL} some, {@code FAILURE}
 * none, {@code ERROR} broken off by the outbox store); high-cardinality {@code events} and {@code
 * delivered}. The client's calls of the batch are observed within its scope, so a trace shows
 * them under it.
 */
final class ObservedDispatches implements DispatchObserver {

  static final String NAME = "classpass.dispatcher.batches";

  private final ObservationRegistry registry;

  ObservedDispatches(ObservationRegistry registry) {
    this.registry = registry;
  }

  @Override
  public Batch started(int events) {
    Observation observation = Observation.createNotStarted(NAME, registry)
        .contextualName("classpass dispatch")
        .highCardinalityKeyValue("events", Integer.toString(events))
        .start();
    Observation.Scope scope = observation.openScope();
    return new Batch() {
      @Override
      public void finished(int delivered) {
        String outcome = delivered >= events ? "SUCCESS" : delivered == 0 ? "FAILURE" : "PARTIAL";
        scope.close();
        observation.lowCardinalityKeyValue("outcome", outcome)
            .highCardinalityKeyValue("delivered", Integer.toString(delivered))
            .stop();
      }

      @Override
      public void failed(RuntimeException failure) {
        scope.close();
        observation.error(failure);
        observation.lowCardinalityKeyValue("outcome", "ERROR").stop();
      }
    };
  }
}
