package io.github.aggregatorsdk.classpass.sync;

import io.github.aggregatorsdk.classpass.mapping.PublishProblemListener;
import io.github.aggregatorsdk.classpass.outbox.OutboxDispatcher;
import io.github.aggregatorsdk.classpass.outbox.OutboxStore;
import io.github.aggregatorsdk.classpass.spi.BookingRepository;
import io.github.aggregatorsdk.classpass.spi.ClassSessionRepository;
import io.github.aggregatorsdk.classpass.spi.PartnerDirectory;
import java.time.Clock;
import java.util.Objects;
import java.util.concurrent.ScheduledExecutorService;

/**
 * Configures and builds a {@link ScheduleSync}; get one from {@link ScheduleSync#builder()}.
 *
 * <p>Required: {@link #sessions}, {@link #bookings}, {@link #partners} and {@link #outbox}.
 * Defaults: no problem listener (problems are still logged), no on-enqueue callback, the UTC
 * system clock, no release-window timers. Not thread-safe.
 */
public final class ScheduleSyncBuilder {

  ClassSessionRepository sessions;
  BookingRepository bookings;
  PartnerDirectory partners;
  OutboxStore outbox;
  PublishProblemListener problemListener = PublishProblemListener.none();
  Runnable onEnqueued = () -> {};
  Clock clock = Clock.systemUTC();
  ScheduledExecutorService releaseScheduler;

  ScheduleSyncBuilder() {}

  /**
   * The host's class sessions; required.
   *
   * @param sessions the repository; never null
   * @return this builder
   */
  public ScheduleSyncBuilder sessions(ClassSessionRepository sessions) {
    this.sessions = Objects.requireNonNull(sessions, "sessions");
    return this;
  }

  /**
   * The host's ClassPass bookings; required.
   *
   * @param bookings the repository; never null
   * @return this builder
   */
  public ScheduleSyncBuilder bookings(BookingRepository bookings) {
    this.bookings = Objects.requireNonNull(bookings, "bookings");
    return this;
  }

  /**
   * The host's partners and venues, for the pre-flight check of a session's venue; required.
   *
   * @param partners the directory; never null
   * @return this builder
   */
  public ScheduleSyncBuilder partners(PartnerDirectory partners) {
    this.partners = Objects.requireNonNull(partners, "partners");
    return this;
  }

  /**
   * Where updates are queued; required.
   *
   * @param outbox the store the dispatcher reads; never null
   * @return this builder
   */
  public ScheduleSyncBuilder outbox(OutboxStore outbox) {
    this.outbox = Objects.requireNonNull(outbox, "outbox");
    return this;
  }

  /**
   * Told about sessions that cannot be published; default none.
   *
   * @param problemListener the listener; never null
   * @return this builder
   */
  public ScheduleSyncBuilder problemListener(PublishProblemListener problemListener) {
    this.problemListener = Objects.requireNonNull(problemListener, "problemListener");
    return this;
  }

  /**
   * Run after each call that queued something, typically {@link OutboxDispatcher#wakeUp()} so
   * that updates leave at once instead of at the next dispatch interval; default nothing. It runs
   * on the caller's thread and MUST return quickly; an exception it throws is logged.
   *
   * @param onEnqueued the callback; never null
   * @return this builder
   */
  public ScheduleSyncBuilder onEnqueued(Runnable onEnqueued) {
    this.onEnqueued = Objects.requireNonNull(onEnqueued, "onEnqueued");
    return this;
  }

  /**
   * The clock that availability and {@code last_updated} are read from; default the UTC system
   * clock.
   *
   * @param clock the clock; never null
   * @return this builder
   */
  public ScheduleSyncBuilder clock(Clock clock) {
    this.clock = Objects.requireNonNull(clock, "clock");
    return this;
  }

  /**
   * Re-syncs a session by itself when its release window opens ({@code
   * releaseAllSpotsBeforeStart} lifts the ClassPass spot limit), which no host change reports:
   * each queued session whose window opens later gets a one-off timer on this executor. Timers
   * live in memory only; a periodic {@link FullResync} covers restarts. Default none: then only a
   * full resync pushes the extra spots. The caller owns the executor and shuts it down.
   *
   * @param releaseScheduler the executor that runs the timers; never null
   * @return this builder
   */
  public ScheduleSyncBuilder releaseWindowScheduler(ScheduledExecutorService releaseScheduler) {
    this.releaseScheduler = Objects.requireNonNull(releaseScheduler, "releaseScheduler");
    return this;
  }

  /**
   * Builds the sync.
   *
   * @return a new, thread-safe sync; never null
   * @throws IllegalStateException when a repository, the directory or the outbox is missing
   */
  public ScheduleSync build() {
    require(sessions, "sessions");
    require(bookings, "bookings");
    require(partners, "partners");
    require(outbox, "outbox");
    return new ScheduleSync(this);
  }

  static void require(Object value, String name) {
    if (value == null) {
      throw new IllegalStateException(name + " is required: call " + name + "(…) before build()");
    }
  }
}
