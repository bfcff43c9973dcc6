package io.github.aggregatorsdk.classpass.ops;

import java.time.Instant;
import java.util.Objects;

/**
 * The last call this instance received on one endpoint of the partner API (kept in memory, per
 * instance: behind a load balancer each instance knows the calls it answered).
 *
 * @param endpoint the method and path pattern, for example {@code GET /partners} or {@code POST
 *     /reservations}; never null, never an id
 * @param lastCalledAt when the last call was answered; never null
 * @param lastStatus the HTTP status of that answer (401: the token did not match)
 * @param calls how many calls this endpoint answered since the instance started
 */
public record InboundCall(String endpoint, Instant lastCalledAt, int lastStatus, long calls) {

  /** Checks the required components. */
  public InboundCall {
    Objects.requireNonNull(endpoint, "endpoint");
    Objects.requireNonNull(lastCalledAt, "lastCalledAt");
  }
}
