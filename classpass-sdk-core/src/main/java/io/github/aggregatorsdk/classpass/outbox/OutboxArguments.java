package io.github.aggregatorsdk.classpass.outbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;

/** Argument checks and conventions every {@link OutboxStore} of the SDK shares. */
final class OutboxArguments {

  static final int MAX_OWNER_LENGTH = 200;
  static final int MAX_TEXT_LENGTH = 500;

  private OutboxArguments() {}

  /** Now, at the microsecond precision both stores compare times at. */
  static Instant now(Clock clock) {
    return clock.instant().truncatedTo(ChronoUnit.MICROS);
  }

  static String owner(String owner) {
    Objects.requireNonNull(owner, "owner");
    if (owner.isEmpty() || owner.length() > MAX_OWNER_LENGTH) {
      throw new IllegalArgumentException("owner must be 1 to " + MAX_OWNER_LENGTH + " characters");
    }
    return owner;
  }

  static String job(String job) {
    Objects.requireNonNull(job, "job");
    if (job.isEmpty() || job.length() > 100) {
      throw new IllegalArgumentException("job must be 1 to 100 characters");
    }
    return job;
  }

  static int max(int max) {
    if (max < 1) {
      throw new IllegalArgumentException("max must be >= 1, was " + max);
    }
    return max;
  }

  static Duration lease(Duration lease) {
    Objects.requireNonNull(lease, "lease");
    if (lease.isNegative() || lease.isZero()) {
      throw new IllegalArgumentException("lease must be positive, was " + lease);
    }
    return lease;
  }

  static Duration retryAfter(Duration retryAfter) {
    Objects.requireNonNull(retryAfter, "retryAfter");
    if (retryAfter.isNegative()) {
      throw new IllegalArgumentException("retryAfter must not be negative, was " + retryAfter);
    }
    return retryAfter;
  }

  static List<OutboxEntry> entries(List<OutboxEntry> entries) {
    Objects.requireNonNull(entries, "entries");
    entries.forEach(entry -> Objects.requireNonNull(entry, "entries must not contain null"));
    return entries;
  }

  /** Error and reason texts are kept short; callers pass no personal data. */
  static String shortText(String text, String name) {
    Objects.requireNonNull(text, name);
    return text.length() <= MAX_TEXT_LENGTH ? text : text.substring(0, MAX_TEXT_LENGTH);
  }
}
