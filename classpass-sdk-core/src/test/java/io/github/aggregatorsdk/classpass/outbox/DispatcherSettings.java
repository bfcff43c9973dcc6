package io.github.aggregatorsdk.classpass.outbox;

import java.time.Duration;

/** Reads a dispatcher builder's settings for tests outside this package. */
public final class DispatcherSettings {

  private DispatcherSettings() {}

  /** The lease the builder will claim with: its default unless one was set. */
  public static Duration lease(OutboxDispatcherBuilder builder) {
    return builder.lease;
  }
}
