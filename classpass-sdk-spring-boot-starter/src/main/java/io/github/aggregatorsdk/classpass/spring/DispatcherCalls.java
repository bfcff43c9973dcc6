package io.github.aggregatorsdk.classpass.spring;

import io.github.aggregatorsdk.classpass.client.ClassPassClient;
import io.github.aggregatorsdk.classpass.client.RetrySettings;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;

/**
 * The dispatcher's client and the longest one of its calls can take. The starter's own client
 * retries briefly for the dispatcher (at most two attempts, at most a second apart: the outbox owns long
 * waits), so that a call's longest time is known and the lease can be sized to it. A client the
 * host declares is used as it is, with half the lease as its assumed longest call.
 */
record DispatcherCalls(ClassPassClient client, Duration maxCallTime) {

  private static final Logger LOG = LoggerFactory.getLogger(DispatcherCalls.class);
  private static final int ATTEMPTS = 2;
  private static final Duration LONGEST_BACKOFF = Duration.ofSeconds(1);

  static DispatcherCalls of(ClassPassProperties properties,
      ObjectProvider<ClassPassClient> hostClient,
      ObjectProvider<ClassPassClientCustomizer> customizers) {
    String token = properties.getAccessToken();
    if ((token == null || token.isBlank()) && hostClient.getIfAvailable() != null) {
      ClassPassClient client = hostClient.getObject();
      return new DispatcherCalls(client, properties.getSync().getLease().dividedBy(2));
    }
    Duration backoff = properties.getRetry().getInitialBackoff().compareTo(LONGEST_BACKOFF) < 0
        ? properties.getRetry().getInitialBackoff() : LONGEST_BACKOFF;
    int attempts = Math.max(1, Math.min(ATTEMPTS, properties.getRetry().getMaxAttempts()));
    ClassPassClient client = ClassPassClientAutoConfiguration.client(properties, customizers,
        new RetrySettings(attempts, backoff, LONGEST_BACKOFF));
    Duration perAttempt = properties.getConnectTimeout().plus(properties.getReadTimeout());
    return new DispatcherCalls(client, perAttempt.multipliedBy(attempts).plus(LONGEST_BACKOFF));
  }

  /**
   * The configured lease, or a longer one when a call could not start within it: a call starts
   * only while nine tenths of the lease leave room for it.
   */
  Duration lease(Duration configured) {
    Duration needed = maxCallTime.multipliedBy(10).dividedBy(9).plusSeconds(1);
    if (configured.compareTo(needed) >= 0) {
      return configured;
    }
    LOG.warn("classpass.sync.lease {} is too short for one call to ClassPass (up to {} with the"
        + " configured timeouts); using {}. A crashed instance's updates are sent that much"
        + " later.", configured, maxCallTime, needed);
    return needed;
  }
}
