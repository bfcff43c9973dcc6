package io.github.aggregatorsdk.classpass.sync;

import io.github.aggregatorsdk.classpass.client.ClassPassClient;
import io.github.aggregatorsdk.classpass.mapping.PublishProblemListener;
import io.github.aggregatorsdk.classpass.outbox.OutboxDispatcher;
import io.github.aggregatorsdk.classpass.outbox.OutboxStore;
import io.github.aggregatorsdk.classpass.spi.ClassSessionRepository;
import io.github.aggregatorsdk.classpass.spi.PartnerDirectory;
import java.time.Clock;
import java.util.Objects;

/**
 * Configures and builds a {@link FullResync}; get one from {@link FullResync#builder()}.
 *
 * <p>Required: {@link #sessions}, {@link #partners}, {@link #client} and {@link #outbox}.
 * Defaults: batch size 100, the UTC system clock, no problem listener, no on-enqueue callback.
 * Not thread-safe.
 */
public final class FullResyncBuilder {

  ClassSessionRepository sessions;
  PartnerDirectory partners;
  ClassPassClient client;
  OutboxStore outbox;
  int batchSize = 100;
  Clock clock = Clock.systemUTC();
  PublishProblemListener problemListener = PublishProblemListener.none();
  Runnable onEnqueued = () -> {};

  FullResyncBuilder() {}

  /**
   * The host's class sessions, read page by page; required.
   *
   * @param sessions the repository; never null
   * @return this builder
   */
  public FullResyncBuilder sessions(ClassSessionRepository sessions) {
    this.sessions = Objects.requireNonNull(sessions, "sessions");
    return this;
  }

  /**
   * The host's partners and venues; required.
   *
   * @param partners the directory; never null
   * @return this builder
   */
  public FullResyncBuilder partners(PartnerDirectory partners) {
    this.partners = Objects.requireNonNull(partners, "partners");
    return this;
  }

  /**
   * The client that pushes pages and registers partners and venues; required. Its batch size
   * SHOULD be at least this builder's, or a page is sent as several requests.
   *
   * @param client the client; never null
   * @return this builder
   */
  public FullResyncBuilder client(ClassPassClient client) {
    this.client = Objects.requireNonNull(client, "client");
    return this;
  }

  /**
   * Where the schedules of failed requests are queued; required.
   *
   * @param outbox the store the dispatcher reads; never null
   * @return this builder
   */
  public FullResyncBuilder outbox(OutboxStore outbox) {
    this.outbox = Objects.requireNonNull(outbox, "outbox");
    return this;
  }

  /**
   * Sessions per page read and per request sent; default 100.
   *
   * @param batchSize at least 1
   * @return this builder
   */
  public FullResyncBuilder batchSize(int batchSize) {
    if (batchSize < 1) {
      throw new IllegalArgumentException("batchSize must be at least 1: " + batchSize);
    }
    this.batchSize = batchSize;
    return this;
  }

  /**
   * The clock that availability, {@code last_updated} and "today" are read from; default the UTC
   * system clock.
   *
   * @param clock the clock; never null
   * @return this builder
   */
  public FullResyncBuilder clock(Clock clock) {
    this.clock = Objects.requireNonNull(clock, "clock");
    return this;
  }

  /**
   * Told about sessions that cannot be published; default none.
   *
   * @param problemListener the listener; never null
   * @return this builder
   */
  public FullResyncBuilder problemListener(PublishProblemListener problemListener) {
    this.problemListener = Objects.requireNonNull(problemListener, "problemListener");
    return this;
  }

  /**
   * Run after schedules of a failed request were queued, typically {@link
   * OutboxDispatcher#wakeUp()}; default nothing. An exception it throws is logged.
   *
   * @param onEnqueued the callback; never null
   * @return this builder
   */
  public FullResyncBuilder onEnqueued(Runnable onEnqueued) {
    this.onEnqueued = Objects.requireNonNull(onEnqueued, "onEnqueued");
    return this;
  }

  /**
   * Builds the resync.
   *
   * @return a new, thread-safe resync; never null
   * @throws IllegalStateException when a repository, the client or the outbox is missing
   */
  public FullResync build() {
    ScheduleSyncBuilder.require(sessions, "sessions");
    ScheduleSyncBuilder.require(partners, "partners");
    ScheduleSyncBuilder.require(client, "client");
    ScheduleSyncBuilder.require(outbox, "outbox");
    return new FullResync(this);
  }
}
