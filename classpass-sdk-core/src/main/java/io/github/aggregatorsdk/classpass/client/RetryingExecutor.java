package io.github.aggregatorsdk.classpass.client;

import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a call within its {@link CallLimits}: each attempt under its own deadline, {@linkplain
 * FailureClass#isRetryable() retryable} failures retried after the {@link Backoff} delay or the
 * server's {@code Retry-After}, as long as attempts and the total timeout allow. A {@code
 * Retry-After} longer than the maximum backoff or than what is left of the total timeout is not
 * waited for: the failure is thrown at once, carrying the full wait for the caller. Thread-safe.
 */
final class RetryingExecutor {

  private static final Logger log = LoggerFactory.getLogger(RetryingExecutor.class);

  /** A quarter of the range of nano time, so that sums and differences never overflow. */
  private static final long FOREVER_NANOS = Long.MAX_VALUE / 4;

  private final CallLimits limits;
  private final Backoff backoff;
  private final Sleeper sleeper;

  RetryingExecutor(CallLimits limits, Backoff backoff, Sleeper sleeper) {
    this.limits = limits;
    this.backoff = backoff;
    this.sleeper = sleeper;
  }

  /** Runs {@code call}, retrying as configured; throws the last failure when it stops. */
  void run(Runnable call) {
    long start = System.nanoTime();
    long total = nanos(limits.totalTimeout());
    long perAttempt = nanos(limits.attemptTimeout());
    for (int attempt = 1; ; attempt++) {
      long now = System.nanoTime();
      long left = total - (now - start);
      ClassPassException failure;
      try {
        AttemptDeadline.run(now + Math.min(perAttempt, left), call);
        return;
      } catch (ClassPassException e) {
        failure = e;
      }
      Optional<Duration> delay =
          delayBeforeRetry(attempt, failure, total - (System.nanoTime() - start));
      if (delay.isEmpty()) {
        throw failure;
      }
      sleep(delay.get(), failure);
    }
  }

  /**
   * The wait before the next attempt after {@code attempts} failed ones, the last with {@code
   * failure}, or empty to stop and throw it; {@code leftNanos} is what is left of the total timeout.
   */
  Optional<Duration> delayBeforeRetry(int attempts, ClassPassException failure, long leftNanos) {
    // A failure of neither branch means the request could not even be built: it would fail again.
    boolean answeredOrNot =
        failure instanceof ClassPassConnectionException || failure instanceof ClassPassApiException;
    if (!answeredOrNot
        || !FailureClass.of(failure).isRetryable()
        || attempts >= limits.retry().maxAttempts()) {
      return Optional.empty();
    }
    Optional<Duration> retryAfter =
        failure instanceof ClassPassApiException api ? api.retryAfter() : Optional.empty();
    if (retryAfter.isPresent() && retryAfter.get().compareTo(backoff.max()) > 0) {
      log.debug(
          "ClassPass asked to wait {} before trying again, longer than the maximum backoff {}:"
              + " handing the wait to the caller",
          retryAfter.get(),
          backoff.max());
      return Optional.empty();
    }
    Duration delay = backoff.delay(attempts, retryAfter);
    if (nanos(delay) >= leftNanos) {
      log.debug(
          "Not retrying a ClassPass call: waiting {} would pass its total timeout {}",
          delay,
          limits.totalTimeout());
      return Optional.empty();
    }
    if (log.isDebugEnabled()) {
      log.debug(
          "Retrying a ClassPass call in {} ms (attempt {} of {}) after: {}",
          delay.toMillis(),
          attempts + 1,
          limits.retry().maxAttempts(),
          failure.getMessage());
    }
    return Optional.of(delay);
  }

  private void sleep(Duration delay, ClassPassException failure) {
    try {
      sleeper.sleep(delay);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      ClassPassException interrupted =
          new ClassPassException("Interrupted while waiting to retry a ClassPass call", e);
      interrupted.addSuppressed(failure);
      throw interrupted;
    }
  }

  private static long nanos(Duration duration) {
    try {
      return Math.min(duration.toNanos(), FOREVER_NANOS);
    } catch (ArithmeticException tooLong) {
      return FOREVER_NANOS;
    }
  }
}
