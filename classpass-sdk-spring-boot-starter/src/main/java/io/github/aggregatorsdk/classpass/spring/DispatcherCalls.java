package io.github.aggregatorsdk.classpass.spring;

import io.github.aggregatorsdk.classpass.client.CallLimits;
import io.github.aggregatorsdk.classpass.client.ClassPassClient;
import io.github.aggregatorsdk.classpass.client.RetrySettings;
import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The dispatcher's client and the longest one of its calls can take. The dispatcher's client
 * retries briefly (at most two attempts, {@link RetrySettings#brief()}: the outbox owns long
 * waits), so that a call's longest time is known ({@link CallLimits#maxCallTime()}) and the lease
 * can be sized to it. A client whose limits are unknown (a host's own implementation) is assumed
 * to take at most half the lease.
 */
record DispatcherCalls(ClassPassClient client, Optional<Duration> maxCallTime) {

  private static final Logger LOG = LoggerFactory.getLogger(DispatcherCalls.class);

  static DispatcherCalls of(ClassPassClient client) {
    RetrySettings brief = RetrySettings.brief();
    RetrySettings retry = client.callLimits().map(CallLimits::retry)
        .filter(current -> current.maxAttempts() <= brief.maxAttempts())
        .orElse(brief);
    ClassPassClient dispatcherClient = client.withRetry(retry);
    return new DispatcherCalls(dispatcherClient,
        dispatcherClient.callLimits().map(CallLimits::maxCallTime));
  }

  /**
   * The configured lease, or a longer one when a call could not start within it: a call starts
   * only while nine tenths of the lease leave room for it.
   */
  Duration lease(Duration configured) {
    if (maxCallTime.isEmpty()) {
      return configured;
    }
    Duration needed = maxCallTime.get().multipliedBy(10).dividedBy(9).plusSeconds(1);
    if (configured.compareTo(needed) >= 0) {
      return configured;
    }
    LOG.warn("classpass.sync.lease {} is too short for one call to ClassPass (up to {} with the"
        + " configured timeouts); using {}. A crashed instance's updates are sent that much"
        + " later.", configured, maxCallTime.get(), needed);
    return needed;
  }

  /** The longest call, or half the lease when the client does not say. */
  Duration maxCallTime(Duration lease) {
    return maxCallTime.orElse(lease.dividedBy(2));
  }
}
