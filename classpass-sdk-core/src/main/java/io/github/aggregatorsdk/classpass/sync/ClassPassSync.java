package io.github.aggregatorsdk.classpass.sync;

import io.github.aggregatorsdk.classpass.client.ClassPassClient;
import io.github.aggregatorsdk.classpass.mapping.PublishProblemListener;
import io.github.aggregatorsdk.classpass.outbox.DeadLetterListener;
import io.github.aggregatorsdk.classpass.outbox.DispatchListener;
import io.github.aggregatorsdk.classpass.outbox.InMemoryOutboxStore;
import io.github.aggregatorsdk.classpass.outbox.JdbcOutboxStore;
import io.github.aggregatorsdk.classpass.outbox.OutboxDispatcher;
import io.github.aggregatorsdk.classpass.outbox.OutboxStore;
import io.github.aggregatorsdk.classpass.outbox.OutboxStoreException;
import io.github.aggregatorsdk.classpass.spi.BookingRepository;
import io.github.aggregatorsdk.classpass.spi.ClassSessionRepository;
import io.github.aggregatorsdk.classpass.spi.PartnerDirectory;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

/**
 * The sync wired for a plain-Java host: a {@link ScheduleSync} that wakes an {@link
 * OutboxDispatcher} on one outbox, and a {@link FullResync}, with one batch size, clock and set
 * of listeners. Hosts that need other settings build the three themselves.
 *
 * <pre>{@code
 * ClassPassSync sync = ClassPassSync.builder()
 *     .client(client).outbox(new JdbcOutboxStore(dataSource))
 *     .sessions(sessions).bookings(bookings).partners(partners)
 *     .build();
 * BookingServices booking = BookingServices.builder()...listener(sync.scheduleSync()).build();
 * sync.start();
 * ...
 * sync.close();
 * }</pre>
 */
public final class ClassPassSync implements AutoCloseable {

  private final OutboxStore outbox;
  private final OutboxDispatcher dispatcher;
  private final ScheduleSync scheduleSync;
  private final FullResync fullResync;
  private final ScheduledExecutorService releaseTimers;
  private final ScheduledExecutorService resyncs;
  private final PeriodicResync periodicResync;
  private final boolean registerOnStartup;

  private ClassPassSync(Builder builder) {
    this.outbox = builder.outbox == null ? new InMemoryOutboxStore(builder.clock) : builder.outbox;
    this.dispatcher = OutboxDispatcher.builder()
        .store(outbox)
        .client(builder.client)
        .batchSize(builder.batchSize)
        .clock(builder.clock)
        .dispatchListener(builder.dispatchListener)
        .deadLetterListener(builder.deadLetterListener)
        .onUnknownVenue((partnerId, venueId) -> scheduleSync().venueChanged(partnerId, venueId))
        .build();
    this.releaseTimers = daemonScheduler("classpass-release-window");
    this.scheduleSync = ScheduleSync.builder()
        .sessions(builder.sessions)
        .bookings(builder.bookings)
        .partners(builder.partners)
        .outbox(outbox)
        .clock(builder.clock)
        .problemListener(builder.problemListener)
        .onEnqueued(dispatcher::wakeUp)
        .releaseWindowScheduler(releaseTimers)
        .build();
    this.fullResync = FullResync.builder()
        .sessions(builder.sessions)
        .partners(builder.partners)
        .client(builder.client)
        .outbox(outbox)
        .batchSize(builder.batchSize)
        .clock(builder.clock)
        .problemListener(builder.problemListener)
        .onEnqueued(dispatcher::wakeUp)
        .build();
    this.registerOnStartup = builder.registerOnStartup;
    this.resyncs = daemonScheduler("classpass-full-resync");
    this.periodicResync = builder.fullResyncInterval.isZero() ? null
        : new PeriodicResync(fullResync, outbox, builder.fullResyncInterval, builder.horizon,
            dispatcher.ownerId(), resyncs, builder.clock, null);
  }

  private static ScheduledExecutorService daemonScheduler(String name) {
    return Executors.newSingleThreadScheduledExecutor(task -> {
      Thread thread = new Thread(task, name);
      thread.setDaemon(true);
      return thread;
    });
  }

  /**
   * A builder; the client and the three repositories are required.
   *
   * @return a new builder; never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The incremental sync, also the {@code BookingEventListener} for the booking services.
   *
   * @return the sync; never null
   */
  public ScheduleSync scheduleSync() {
    return scheduleSync;
  }

  /**
   * The dispatcher delivering the outbox.
   *
   * @return the dispatcher; never null
   */
  public OutboxDispatcher dispatcher() {
    return dispatcher;
  }

  /**
   * Full resyncs and partner and venue registration.
   *
   * @return the resync; never null
   */
  public FullResync fullResync() {
    return fullResync;
  }

  /**
   * The outbox, for its counts and dead letters.
   *
   * @return the store; never null
   */
  public OutboxStore outbox() {
    return outbox;
  }

  /**
   * The periodic full resync, when one is configured.
   *
   * @return the resync; empty when the interval is zero
   */
  public Optional<PeriodicResync> periodicResync() {
    return Optional.ofNullable(periodicResync);
  }

  /**
   * Starts the dispatcher's background thread, queues the registration of every partner and
   * venue (unless turned off) and schedules the periodic full resync (unless turned off).
   *
   * @throws OutboxStoreException when the registrations could not be queued
   */
  public void start() {
    dispatcher.start();
    if (registerOnStartup) {
      scheduleSync.registerAll();
    }
    if (periodicResync != null) {
      periodicResync.start();
    }
  }

  /**
   * Stops the dispatcher (see {@link OutboxDispatcher#stop()}), the periodic resync and the
   * release-window timers.
   */
  @Override
  public void close() {
    resyncs.shutdownNow();
    dispatcher.stop();
    scheduleSync.cancelTimers();
    releaseTimers.shutdownNow();
  }

  /**
   * Configures a {@link ClassPassSync}. Defaults: an {@link InMemoryOutboxStore} (updates are
   * lost on restart: use a {@link JdbcOutboxStore} in production), batch size 100, the UTC system
   * clock, no listeners, release-window timers on a daemon thread, registration at start, a full
   * resync every 6 h reaching 28 days ahead. Not thread-safe.
   */
  public static final class Builder {
    private ClassPassClient client;
    private OutboxStore outbox;
    private ClassSessionRepository sessions;
    private BookingRepository bookings;
    private PartnerDirectory partners;
    private int batchSize = 100;
    private Clock clock = Clock.systemUTC();
    private PublishProblemListener problemListener = PublishProblemListener.none();
    private DeadLetterListener deadLetterListener = deadLetter -> {};
    private DispatchListener dispatchListener = DispatchListener.none();
    private Duration fullResyncInterval = Duration.ofHours(6);
    private Duration horizon = Duration.ofDays(28);
    private boolean registerOnStartup = true;

    private Builder() {}

    /**
     * How often every venue's schedule is pushed again, healing whatever was missed; default 6 h,
     * the first run shortly after {@link #start()}; one instance at a time across a cluster that
     * shares a JDBC outbox. Zero turns it off.
     *
     * @param interval zero or positive; never null
     * @return this builder
     */
    public Builder fullResyncInterval(Duration interval) {
      Objects.requireNonNull(interval, "interval");
      if (interval.isNegative()) {
        throw new IllegalArgumentException("interval must not be negative: " + interval);
      }
      this.fullResyncInterval = interval;
      return this;
    }

    /**
     * How far ahead a full resync reaches; default 28 days.
     *
     * @param horizon zero or positive; never null
     * @return this builder
     */
    public Builder horizon(Duration horizon) {
      Objects.requireNonNull(horizon, "horizon");
      if (horizon.isNegative()) {
        throw new IllegalArgumentException("horizon must not be negative: " + horizon);
      }
      this.horizon = horizon;
      return this;
    }

    /**
     * Whether {@link #start()} queues the registration of every partner and venue; default true.
     *
     * @param register whether to register
     * @return this builder
     */
    public Builder registerOnStartup(boolean register) {
      this.registerOnStartup = register;
      return this;
    }

    /**
     * The ClassPass client; required.
     *
     * @param client never null
     * @return this builder
     */
    public Builder client(ClassPassClient client) {
      this.client = Objects.requireNonNull(client, "client");
      return this;
    }

    /**
     * The outbox; default in memory.
     *
     * @param outbox never null
     * @return this builder
     */
    public Builder outbox(OutboxStore outbox) {
      this.outbox = Objects.requireNonNull(outbox, "outbox");
      return this;
    }

    /**
     * The host's sessions; required.
     *
     * @param sessions never null
     * @return this builder
     */
    public Builder sessions(ClassSessionRepository sessions) {
      this.sessions = Objects.requireNonNull(sessions, "sessions");
      return this;
    }

    /**
     * The host's ClassPass bookings; required.
     *
     * @param bookings never null
     * @return this builder
     */
    public Builder bookings(BookingRepository bookings) {
      this.bookings = Objects.requireNonNull(bookings, "bookings");
      return this;
    }

    /**
     * The host's partners and venues; required.
     *
     * @param partners never null
     * @return this builder
     */
    public Builder partners(PartnerDirectory partners) {
      this.partners = Objects.requireNonNull(partners, "partners");
      return this;
    }

    /**
     * Events per request and sessions per resync page; default 100.
     *
     * @param batchSize at least 1
     * @return this builder
     */
    public Builder batchSize(int batchSize) {
      if (batchSize < 1) {
        throw new IllegalArgumentException("batchSize must be at least 1: " + batchSize);
      }
      this.batchSize = batchSize;
      return this;
    }

    /**
     * The clock of every rule; default UTC system clock.
     *
     * @param clock never null
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * Told about unpublishable sessions.
     *
     * @param listener never null
     * @return this builder
     */
    public Builder problemListener(PublishProblemListener listener) {
      this.problemListener = Objects.requireNonNull(listener, "problemListener");
      return this;
    }

    /**
     * Told about dead letters.
     *
     * @param listener never null
     * @return this builder
     */
    public Builder deadLetterListener(DeadLetterListener listener) {
      this.deadLetterListener = Objects.requireNonNull(listener, "deadLetterListener");
      return this;
    }

    /**
     * Told about batches sent and failed.
     *
     * @param listener never null
     * @return this builder
     */
    public Builder dispatchListener(DispatchListener listener) {
      this.dispatchListener = Objects.requireNonNull(listener, "dispatchListener");
      return this;
    }

    /**
     * Wires the parts; the dispatcher is not started yet.
     *
     * @return the wiring; never null
     * @throws IllegalStateException when the client or a repository is missing
     */
    public ClassPassSync build() {
      ScheduleSyncBuilder.require(client, "client");
      ScheduleSyncBuilder.require(sessions, "sessions");
      ScheduleSyncBuilder.require(bookings, "bookings");
      ScheduleSyncBuilder.require(partners, "partners");
      return new ClassPassSync(this);
    }
  }
}
