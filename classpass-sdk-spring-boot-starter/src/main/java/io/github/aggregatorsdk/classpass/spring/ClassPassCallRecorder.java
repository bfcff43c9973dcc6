package io.github.aggregatorsdk.classpass.spring;

import io.github.aggregatorsdk.classpass.client.ClassPassApiException;
import io.github.aggregatorsdk.classpass.client.ClassPassException;
import io.github.aggregatorsdk.classpass.outbox.DispatchListener;
import java.time.Clock;
import java.time.Instant;

/**
 * Remembers how the dispatcher's recent calls to ClassPass went, for the health indicator: when
 * the last batch was accepted or failed, how many failed in a row, and the last failure's kind
 * (exception class and HTTP status, never a message or body).
 */
final class ClassPassCallRecorder implements DispatchListener {

  private final Clock clock;
  private Instant lastSuccess;
  private Instant lastFailure;
  private String lastFailureType;
  private int consecutiveFailures;

  ClassPassCallRecorder(Clock clock) {
    this.clock = clock;
  }

  @Override
  public synchronized void batchSent(int events) {
    lastSuccess = clock.instant();
    consecutiveFailures = 0;
  }

  @Override
  public synchronized void batchFailed(int events, ClassPassException failure) {
    lastFailure = clock.instant();
    lastFailureType = failure instanceof ClassPassApiException api
        ? failure.getClass().getSimpleName() + " (HTTP " + api.statusCode() + ")"
        : failure.getClass().getSimpleName();
    consecutiveFailures++;
  }

  synchronized Calls snapshot() {
    return new Calls(lastSuccess, lastFailure, lastFailureType, consecutiveFailures);
  }

  /** The recent outcomes; times and type are null until the first success or failure. */
  record Calls(
      Instant lastSuccess, Instant lastFailure, String lastFailureType, int consecutiveFailures) {}
}
