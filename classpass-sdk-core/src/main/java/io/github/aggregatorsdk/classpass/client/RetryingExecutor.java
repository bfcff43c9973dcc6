package io.github.aggregatorsdk.classpass.client;

import io.github.resilience4j.core.functions.Either;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a call with the client's retry policy: connection errors and HTTP 429, 502, 503 and 504 are
 * retried, with exponential backoff and jitter or the server's {@code Retry-After}, capped at the
 * maximum backoff. Thread-safe.
 */
final class RetryingExecutor {

  private static final Logger log = LoggerFactory.getLogger(RetryingExecutor.class);

  private static final Set<Integer> RETRYABLE_STATUSES = Set.of(429, 502, 503, 504);

  private final RetrySettings settings;
  private final Sleeper sleeper;
  private final Retry retry;

  RetryingExecutor(RetrySettings settings, Sleeper sleeper) {
    this.settings = settings;
    this.sleeper = sleeper;
    RetryConfig config =
        RetryConfig.<Object>custom()
            .maxAttempts(settings.maxAttempts())
            .retryOnException(RetryingExecutor::isRetryable)
            .intervalBiFunction(this::waitBeforeRetry)
            .build();
    this.retry = Retry.of("classpass-client", config);
  }

  /** Runs {@code call}, retrying as configured; throws the last failure when attempts run out. */
  void run(Runnable call) {
    retry.executeRunnable(call);
  }

  static boolean isRetryable(Throwable failure) {
    return failure instanceof ClassPassConnectionException
        || (failure instanceof ClassPassApiException api
            && RETRYABLE_STATUSES.contains(api.statusCode()));
  }

  /**
   * The wait after {@code attempts} failed attempts, the last of which failed with {@code failure}.
   */
  Duration delayAfter(int attempts, Throwable failure) {
    Optional<Duration> retryAfter =
        failure instanceof ClassPassApiException api ? api.retryAfter() : Optional.empty();
    if (retryAfter.isPresent()) {
      return min(retryAfter.get(), settings.maxBackoff());
    }
    Duration ceiling =
        min(
            settings.initialBackoff().multipliedBy(1L << Math.min(attempts - 1, 30)),
            settings.maxBackoff());
    long half = ceiling.toNanos() / 2;
    return Duration.ofNanos(ceiling.toNanos() - ThreadLocalRandom.current().nextLong(half + 1));
  }

  /**
   * Waits through the injected sleeper and tells resilience4j to wait no further: its own wait goes
   * through a JVM-wide static sleep function that we must neither rely on in tests nor change.
   */
  private long waitBeforeRetry(Integer attempts, Either<Throwable, Object> outcome) {
    Throwable failure = outcome.isLeft() ? outcome.getLeft() : null;
    Duration delay = delayAfter(attempts, failure);
    if (log.isDebugEnabled()) {
      log.debug(
          "Retrying a ClassPass call in {} ms (attempt {} of {}) after: {}",
          delay.toMillis(),
          attempts + 1,
          settings.maxAttempts(),
          failure == null ? "no failure" : failure.getMessage());
    }
    try {
      sleeper.sleep(delay);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      ClassPassException interrupted =
          new ClassPassException("Interrupted while waiting to retry a ClassPass call", e);
      if (failure != null) {
        interrupted.addSuppressed(failure);
      }
      throw interrupted;
    }
    return 0L;
  }

  private static Duration min(Duration a, Duration b) {
    return a.compareTo(b) <= 0 ? a : b;
  }
}
