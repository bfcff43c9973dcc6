package io.github.aggregatorsdk.classpass;

import io.github.aggregatorsdk.classpass.booking.BookingOutcomeListener;
import io.github.aggregatorsdk.classpass.booking.BookingServices;
import io.github.aggregatorsdk.classpass.client.ClassPassClient;
import io.github.aggregatorsdk.classpass.customer.MatchConflictListener;
import io.github.aggregatorsdk.classpass.customer.MatchingPolicy;
import io.github.aggregatorsdk.classpass.customer.PersonalDataPolicy;
import io.github.aggregatorsdk.classpass.partnerapi.PartnerApiHandler;
import io.github.aggregatorsdk.classpass.spi.BookingRepository;
import io.github.aggregatorsdk.classpass.spi.ClassSession;
import io.github.aggregatorsdk.classpass.spi.ClassSessionRepository;
import io.github.aggregatorsdk.classpass.spi.CustomerRepository;
import io.github.aggregatorsdk.classpass.spi.PartnerDirectory;
import io.github.aggregatorsdk.classpass.spi.SessionTransactions;
import io.github.aggregatorsdk.classpass.outbox.DeadLetterListener;
import io.github.aggregatorsdk.classpass.outbox.DispatchListener;
import io.github.aggregatorsdk.classpass.sync.FullResync;
import io.github.aggregatorsdk.classpass.outbox.InMemoryOutboxStore;
import io.github.aggregatorsdk.classpass.outbox.JdbcOutboxStore;
import io.github.aggregatorsdk.classpass.outbox.OutboxDispatcher;
import io.github.aggregatorsdk.classpass.outbox.OutboxStore;
import io.github.aggregatorsdk.classpass.sync.PeriodicResync;
import io.github.aggregatorsdk.classpass.mapping.PublishProblemListener;
import io.github.aggregatorsdk.classpass.ops.ActivityLog;
import io.github.aggregatorsdk.classpass.ops.ClassPassOperations;
import io.github.aggregatorsdk.classpass.outbox.OutboxEntry;
import io.github.aggregatorsdk.classpass.client.ClassPassException;
import java.util.List;
import io.github.aggregatorsdk.classpass.sync.ScheduleSync;
import io.github.aggregatorsdk.classpass.booking.BookingEventListener;
import io.github.aggregatorsdk.classpass.booking.ReservationState;
import io.github.aggregatorsdk.classpass.internal.MessageWithheld;
import io.github.aggregatorsdk.classpass.outbox.OutboxDispatcherBuilder;
import io.github.aggregatorsdk.classpass.partnerapi.PartnerApiHandlerBuilder;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * The ClassPass integration of one host, wired from the host's repositories: the one object a
 * plain-Java host builds (the Spring Boot starter builds it too). It hands out the booking
 * services, the sync (to report the host's own changes), the partner-API handler (to serve the
 * endpoints ClassPass calls) and the outbox with its dispatcher.
 *
 * <pre>{@code
 * ClassPassIntegration classPass = ClassPassIntegration.builder()
 *     .client(ClassPassClient.builder().environment(Environment.SANDBOX)
 *         .accessToken(accessToken).build())
 *     .customers(customers).sessions(sessions).bookings(bookings)
 *     .transactions(transactions).partners(partners)
 *     .outbox(new JdbcOutboxStore(dataSource))
 *     .partnerApiToken(partnerApiToken)
 *     .build();
 * classPass.start();
 * PartnerApiServer.start(new InetSocketAddress(8080), classPass.partnerApi());
 * ...
 * classPass.close();
 * }</pre>
 *
 * <p>Thread-safe once built. {@link #start()} starts delivery, queues the registration of every
 * partner and venue and schedules the periodic full resync; {@link #close()} stops them.
 */
public final class ClassPassIntegration implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(ClassPassIntegration.class);

  private final ClassPassClient client;
  private final OutboxStore outbox;
  private final OutboxDispatcher dispatcher;
  private final ScheduleSync scheduleSync;
  private final FullResync fullResync;
  private final BookingServices booking;
  private final PartnerApiHandler partnerApi;
  private final ScheduledExecutorService releaseTimers;
  private final ThreadFactory resyncThreads;
  private final Duration fullResyncInterval;
  private final Duration horizon;
  private ScheduledExecutorService resyncs;
  private PeriodicResync periodicResync;
  private final boolean deliver;
  private final boolean registerOnStartup;
  private final Duration shutdownTimeout;
  private boolean running;
  private boolean registered;
  private boolean closed;
  private final ActivityLog activity;
  private final OperationsParts parts;
  private ClassPassOperations operations;

  private ClassPassIntegration(Builder builder) {
    this.client = builder.client;
    this.activity = new ActivityLog(builder.clock);
    this.parts = new OperationsParts(builder.partners, builder.sessions, builder.customers,
        builder.clock, builder.horizon);
    this.outbox = builder.outbox;
    OutboxDispatcherBuilder dispatcherBuilder = OutboxDispatcher.builder();
    builder.dispatcherCustomizer.accept(dispatcherBuilder);
    this.dispatcher = dispatcherBuilder
        .store(outbox)
        .client(client)
        .batchSize(builder.client.batchSize())
        .clock(builder.clock)
        .shutdownTimeout(builder.shutdownTimeout)
        .threadFactory(threads(builder, "classpass-dispatcher"))
        .dispatchListener(both(builder.dispatchListener, activity))
        .deadLetterListener(builder.deadLetterListener)
        .onUnknownVenue((partnerId, venueId) -> sync().venueChanged(partnerId, venueId))
        .build();
    this.shutdownTimeout = builder.shutdownTimeout;
    Consumer<Runnable> afterCommit = builder.afterCommit != null ? builder.afterCommit
        : outbox instanceof JdbcOutboxStore jdbc ? jdbc::afterTransaction : Runnable::run;
    Runnable wakeUp = () -> afterCommit.accept(dispatcher::wakeUp);
    this.releaseTimers = scheduler(threads(builder, "classpass-release-window"));
    this.scheduleSync = ScheduleSync.builder()
        .sessions(builder.sessions)
        .bookings(builder.bookings)
        .partners(builder.partners)
        .outbox(outbox)
        .clock(builder.clock)
        .problemListener(builder.problemListener)
        .onEnqueued(wakeUp)
        .releaseWindowScheduler(releaseTimers)
        .build();
    this.fullResync = FullResync.builder()
        .sessions(builder.sessions)
        .partners(builder.partners)
        .client(client)
        .outbox(outbox)
        .batchSize(builder.client.batchSize())
        .clock(builder.clock)
        .problemListener(builder.problemListener)
        .onEnqueued(dispatcher::wakeUp)
        .build();
    this.deliver = builder.deliver;
    this.registerOnStartup = builder.registerOnStartup;
    this.resyncThreads = threads(builder, "classpass-full-resync");
    this.fullResyncInterval = builder.fullResyncInterval;
    this.horizon = builder.horizon;
    newPeriodicResync();
    BookingEventListener hostListener = builder.bookingListener;
    this.booking = BookingServices.builder()
        .customers(builder.customers)
        .sessions(builder.sessions)
        .bookings(builder.bookings)
        .transactions(builder.transactions)
        .matchingPolicy(builder.matchingPolicy)
        .personalDataPolicy(builder.personalDataPolicy)
        .listener(hostListener == null ? scheduleSync.bookingListener()
            : both(scheduleSync.bookingListener(), hostListener))
        .conflictListener(builder.conflictListener)
        .outcomeListener(builder.outcomeListener)
        .clock(builder.clock)
        .build();
    if (builder.partnerApiToken == null) {
      this.partnerApi = null;
    } else {
      PartnerApiHandlerBuilder partnerApiBuilder = PartnerApiHandler.builder();
      builder.partnerApiCustomizer.accept(partnerApiBuilder);
      this.partnerApi = partnerApiBuilder
          .token(builder.partnerApiToken)
          .basePath(builder.partnerApiBasePath)
          .answeredCallListener(activity::callAnswered)
          .bookingServices(booking)
          .sessions(builder.sessions)
          .partners(builder.partners)
          .clock(builder.clock)
          .build();
    }
  }

  /** The sync first (it writes the update), then the host's listener, both in the transaction. */
  private static BookingEventListener both(BookingEventListener first, BookingEventListener then) {
    return new BookingEventListener() {
      @Override
      public void sessionChanged(String sessionId) {
        first.sessionChanged(sessionId);
        then.sessionChanged(sessionId);
      }

      @Override
      public void sessionChanged(ClassSession current) {
        first.sessionChanged(current);
        then.sessionChanged(current);
      }

      @Override
      public void reservationStatusChanged(ReservationState state) {
        first.reservationStatusChanged(state);
        then.reservationStatusChanged(state);
      }
    };
  }

  /** What the operations need beyond the sync, copied from the builder. */
  private record OperationsParts(PartnerDirectory partners, ClassSessionRepository sessions,
      CustomerRepository customers, Clock clock, Duration horizon) {}

  /** The host's listener first, then the activity log of the operations. */
  private static DispatchListener both(DispatchListener host, DispatchListener activity) {
    return new DispatchListener() {
      @Override
      public void batchSent(int events) {
        host.batchSent(events);
      }

      @Override
      public void batchFailed(int events, ClassPassException failure) {
        host.batchFailed(events, failure);
      }

      @Override
      public void delivered(List<OutboxEntry> entries) {
        try {
          host.delivered(entries);
        } finally {
          activity.delivered(entries);
        }
      }

      @Override
      public void failed(List<OutboxEntry> entries, String reason) {
        try {
          host.failed(entries, reason);
        } finally {
          activity.failed(entries, reason);
        }
      }
    };
  }

  /** A periodic resync on a scheduler of its own, not started; none when turned off. */
  private void newPeriodicResync() {
    resyncs = scheduler(resyncThreads);
    periodicResync = fullResyncInterval.isZero() ? null
        : PeriodicResync.create(fullResync, outbox, fullResyncInterval, horizon,
            dispatcher.ownerId(), resyncs);
  }

  /** The host's thread factory, or daemon threads of the given name. */
  private static ThreadFactory threads(Builder builder, String name) {
    if (builder.threadFactory != null) {
      return builder.threadFactory;
    }
    return task -> {
      Thread thread = new Thread(task, name);
      thread.setDaemon(true);
      return thread;
    };
  }

  /**
   * One thread for timed work; its {@code shutdown()} drops runs that have not started yet, so
   * that closing waits only for a run in progress, never for (or starts) a planned one.
   */
  private static ScheduledExecutorService scheduler(ThreadFactory threads) {
    ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(1, threads);
    executor.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
    executor.setContinueExistingPeriodicTasksAfterShutdownPolicy(false);
    executor.setRemoveOnCancelPolicy(true);
    return executor;
  }

  /**
   * A builder; the client, the five repositories and the partner-API token are required.
   *
   * @return a new builder; never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Reservations, cancellations, attendance and customer matching, as ClassPass's calls use them.
   *
   * @return the services; never null
   */
  public BookingServices booking() {
    return booking;
  }

  /**
   * Where the host reports its own changes (a class edited or cancelled, a booking from another
   * channel, attendance), inside the transaction that makes them.
   *
   * @return the sync; never null
   */
  public ScheduleSync sync() {
    return scheduleSync;
  }

  /**
   * Full resyncs on demand and partner registration.
   *
   * @return the resync; never null
   */
  public FullResync fullResync() {
    return fullResync;
  }

  /**
   * The periodic full resync, unless turned off.
   *
   * @return the resync; empty when its interval is zero
   */
  public synchronized Optional<PeriodicResync> periodicResync() {
    return Optional.ofNullable(periodicResync);
  }

  /**
   * The endpoints ClassPass calls, framework-neutral: serve it with {@code PartnerApiServer} or
   * any HTTP stack.
   *
   * @return the handler; never null
   * @throws IllegalStateException when no partner-API token was configured
   */
  public PartnerApiHandler partnerApi() {
    if (partnerApi == null) {
      throw new IllegalStateException("The partner API needs the token ClassPass sends:"
          + " configure it with ClassPassIntegration.builder().partnerApiToken(token)");
    }
    return partnerApi;
  }

  /**
   * The outbox of pending updates, for its counts and dead letters.
   *
   * @return the store; never null
   */
  public OutboxStore outbox() {
    return outbox;
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
   * Operations for staff and tools: status, dead letters, registration and resync on demand,
   * duplicates and manual linking. Built at the first call; the same instance afterwards, closed
   * with the integration.
   *
   * @return the operations; never null
   */
  public synchronized ClassPassOperations operations() {
    if (operations == null) {
      operations = ClassPassOperations.builder()
          .sync(scheduleSync)
          .fullResync(fullResync)
          .outbox(outbox)
          .partners(parts.partners())
          .sessions(parts.sessions())
          .customers(parts.customers())
          .clock(parts.clock())
          .horizon(parts.horizon())
          .activity(activity)
          .build();
      if (closed) {
        operations.close();
      }
    }
    return operations;
  }

  /**
   * The client for the calls to ClassPass.
   *
   * @return the client; never null
   */
  public ClassPassClient client() {
    return client;
  }

  /**
   * Starts delivering the outbox, queues the registration of every partner and venue (unless
   * turned off; on the first start only) and schedules the periodic full resync (unless turned
   * off); does nothing when delivery is turned off ({@link Builder#deliver(boolean)}) or when
   * already running. A registration that cannot be queued (the outbox's database is down) is
   * logged and left to the next change or full resync: the host still starts. May be called again
   * after {@link #stop()}.
   *
   * @throws IllegalStateException when closed
   */
  public synchronized void start() {
    if (closed) {
      throw new IllegalStateException("this ClassPass integration is closed");
    }
    if (running || !deliver) {
      return;
    }
    running = true;
    dispatcher.start();
    if (registerOnStartup && !registered) {
      registered = true;
      try {
        int queued = scheduleSync.registerAll();
        LOG.info("ClassPass registration of {} partners and venues queued", queued);
      } catch (RuntimeException e) {
        LOG.warn("ClassPass registration of partners and venues could not be queued ({})",
            e.getClass().getName());
        LOG.debug("registration failure", MessageWithheld.of(e));
      }
    }
    if (resyncs.isShutdown()) {
      newPeriodicResync();
    }
    if (periodicResync != null) {
      periodicResync.start();
    } else {
      LOG.info("ClassPass periodic full resync is off (interval 0)");
    }
  }

  /**
   * Whether delivery runs: started, not stopped, and the dispatcher's thread alive.
   *
   * @return true while delivering
   */
  public synchronized boolean isRunning() {
    return running && dispatcher.isRunning();
  }

  /**
   * Stops the periodic resync (a run in progress may finish within the shutdown timeout), then
   * delivery (an in-flight batch may finish); the outbox keeps everything not yet delivered and
   * the release-window timers keep running. {@link #start()} resumes. Idempotent.
   */
  public synchronized void stop() {
    if (!running) {
      return;
    }
    running = false;
    resyncs.shutdown();
    try {
      if (!resyncs.awaitTermination(shutdownTimeout.toMillis(), TimeUnit.MILLISECONDS)) {
        LOG.warn("ClassPass full resync still running at shutdown; interrupting it");
        resyncs.shutdownNow();
      }
    } catch (InterruptedException e) {
      resyncs.shutdownNow();
      Thread.currentThread().interrupt();
    }
    dispatcher.stop();
  }

  /**
   * Stops as {@link #stop()} does, then the release-window timers and a resync started from the
   * {@linkplain #operations() operations}, for good: every thread the integration started has
   * ended or ends at once. Idempotent.
   */
  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    stop();
    closed = true;
    if (operations != null) {
      operations.close();
    }
    resyncs.shutdownNow();
    releaseTimers.shutdownNow();
  }

  /**
   * Configures a {@link ClassPassIntegration}. Defaults: an {@link InMemoryOutboxStore} (updates
   * are lost on restart: give a {@link JdbcOutboxStore} in production), partner API under {@code
   * /classpass}, matching by ClassPass ID, all personal data for new customers, the client's
   * batch size ({@link ClassPassClient#batchSize()}, the one place it is set), registration at
   * start, a full resync every 6 h reaching 28 days ahead, the UTC system clock, no listeners. Not
   * thread-safe.
   */
  public static final class Builder {
    private ClassPassClient client;
    private CustomerRepository customers;
    private ClassSessionRepository sessions;
    private BookingRepository bookings;
    private SessionTransactions transactions;
    private PartnerDirectory partners;
    private OutboxStore outbox;
    private String partnerApiToken;
    private String partnerApiBasePath = "/classpass";
    private MatchingPolicy matchingPolicy = MatchingPolicy.CLASSPASS_ID;
    private PersonalDataPolicy personalDataPolicy = PersonalDataPolicy.ALL;
    private Duration fullResyncInterval = Duration.ofHours(6);
    private Duration horizon = Duration.ofDays(28);
    private boolean registerOnStartup = true;
    private Clock clock = Clock.systemUTC();
    private MatchConflictListener conflictListener = MatchConflictListener.none();
    private BookingOutcomeListener outcomeListener = BookingOutcomeListener.none();
    private PublishProblemListener problemListener = PublishProblemListener.none();
    private DeadLetterListener deadLetterListener = deadLetter -> {};
    private DispatchListener dispatchListener = DispatchListener.none();
    private BookingEventListener bookingListener;
    private Consumer<Runnable> afterCommit;
    private boolean deliver = true;
    private ThreadFactory threadFactory;
    private Duration shutdownTimeout = Duration.ofSeconds(30);
    private Consumer<OutboxDispatcherBuilder> dispatcherCustomizer = dispatcher -> {};
    private Consumer<PartnerApiHandlerBuilder> partnerApiCustomizer = partnerApi -> {};

    private Builder() {}

    /**
     * The client for the calls to ClassPass; required.
     *
     * @param client never null
     * @return this builder
     */
    public Builder client(ClassPassClient client) {
      this.client = Objects.requireNonNull(client, "client");
      return this;
    }

    /**
     * The host's customers; required.
     *
     * @param customers never null
     * @return this builder
     */
    public Builder customers(CustomerRepository customers) {
      this.customers = Objects.requireNonNull(customers, "customers");
      return this;
    }

    /**
     * The host's class sessions; required.
     *
     * @param sessions never null
     * @return this builder
     */
    public Builder sessions(ClassSessionRepository sessions) {
      this.sessions = Objects.requireNonNull(sessions, "sessions");
      return this;
    }

    /**
     * The host's bookings; required.
     *
     * @param bookings never null
     * @return this builder
     */
    public Builder bookings(BookingRepository bookings) {
      this.bookings = Objects.requireNonNull(bookings, "bookings");
      return this;
    }

    /**
     * The host's per-session transactions; required.
     *
     * @param transactions never null
     * @return this builder
     */
    public Builder transactions(SessionTransactions transactions) {
      this.transactions = Objects.requireNonNull(transactions, "transactions");
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
     * The outbox; default in memory (lost on restart).
     *
     * @param outbox never null; a {@link JdbcOutboxStore} in production
     * @return this builder
     */
    public Builder outbox(OutboxStore outbox) {
      this.outbox = Objects.requireNonNull(outbox, "outbox");
      return this;
    }

    /**
     * The token ClassPass must send on its calls to the partner API; required to serve the
     * partner API ({@link ClassPassIntegration#partnerApi()}).
     *
     * @param token never null
     * @return this builder
     */
    public Builder partnerApiToken(String token) {
      this.partnerApiToken = Objects.requireNonNull(token, "token");
      return this;
    }

    /**
     * Where the partner API is served; default {@code /classpass}.
     *
     * @param basePath never null
     * @return this builder
     */
    public Builder partnerApiBasePath(String basePath) {
      this.partnerApiBasePath = Objects.requireNonNull(basePath, "basePath");
      return this;
    }

    /**
     * How a ClassPass user is matched to a customer; default by ClassPass ID.
     *
     * @param policy never null
     * @return this builder
     */
    public Builder matchingPolicy(MatchingPolicy policy) {
      this.matchingPolicy = Objects.requireNonNull(policy, "matchingPolicy");
      return this;
    }

    /**
     * What a customer created from ClassPass receives; default all.
     *
     * @param policy never null
     * @return this builder
     */
    public Builder personalDataPolicy(PersonalDataPolicy policy) {
      this.personalDataPolicy = Objects.requireNonNull(policy, "personalDataPolicy");
      return this;
    }

    /**
     * How often every venue's schedule is pushed again; default 6 h, zero turns it off.
     *
     * @param interval zero or positive; never null
     * @return this builder
     */
    public Builder fullResyncInterval(Duration interval) {
      this.fullResyncInterval = notNegative(interval, "fullResyncInterval");
      return this;
    }

    /**
     * How far ahead a full resync reaches; default 28 days.
     *
     * @param horizon zero or positive; never null
     * @return this builder
     */
    public Builder horizon(Duration horizon) {
      this.horizon = notNegative(horizon, "horizon");
      return this;
    }

    /**
     * Whether {@link ClassPassIntegration#start()} queues the registration of every partner and
     * venue; default true.
     *
     * @param register whether to register
     * @return this builder
     */
    public Builder registerOnStartup(boolean register) {
      this.registerOnStartup = register;
      return this;
    }

    /**
     * The clock of every rule; default the UTC system clock.
     *
     * @param clock never null
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * Told when matching a ClassPass user met a conflict; default none.
     *
     * @param listener never null
     * @return this builder
     */
    public Builder conflictListener(MatchConflictListener listener) {
      this.conflictListener = Objects.requireNonNull(listener, "conflictListener");
      return this;
    }

    /**
     * Told every reservation and cancellation answer; default none.
     *
     * @param listener never null
     * @return this builder
     */
    public Builder outcomeListener(BookingOutcomeListener listener) {
      this.outcomeListener = Objects.requireNonNull(listener, "outcomeListener");
      return this;
    }

    /**
     * Told why a class cannot be published; default none (logged).
     *
     * @param listener never null
     * @return this builder
     */
    public Builder problemListener(PublishProblemListener listener) {
      this.problemListener = Objects.requireNonNull(listener, "problemListener");
      return this;
    }

    /**
     * Told about every update given up on; default none (logged).
     *
     * @param listener never null
     * @return this builder
     */
    public Builder deadLetterListener(DeadLetterListener listener) {
      this.deadLetterListener = Objects.requireNonNull(listener, "deadLetterListener");
      return this;
    }

    /**
     * Told about batches sent and failed; default none.
     *
     * @param listener never null
     * @return this builder
     */
    public Builder dispatchListener(DispatchListener listener) {
      this.dispatchListener = Objects.requireNonNull(listener, "dispatchListener");
      return this;
    }

    /**
     * Told, after the sync, of every booking change the booking services make, inside the
     * session transaction (its failure rolls the change back); default none.
     *
     * @param listener never null
     * @return this builder
     */
    public Builder bookingListener(BookingEventListener listener) {
      this.bookingListener = Objects.requireNonNull(listener, "bookingListener");
      return this;
    }

    /**
     * How to run a task once the current transaction has committed, used to wake the dispatcher
     * as soon as a queued update is visible to it. Default: with a {@link JdbcOutboxStore}, when
     * the transaction joined with {@link JdbcOutboxStore#joinTransaction} ends ({@link
     * JdbcOutboxStore#afterTransaction}); otherwise at once (the dispatcher also looks every
     * dispatch interval). The Spring Boot starter registers a transaction synchronization.
     *
     * @param afterCommit runs the task after commit, or at once outside a transaction; never null
     * @return this builder
     */
    public Builder afterCommit(Consumer<Runnable> afterCommit) {
      this.afterCommit = Objects.requireNonNull(afterCommit, "afterCommit");
      return this;
    }

    /**
     * Whether {@link ClassPassIntegration#start()} starts delivery, registration and the periodic
     * resync on this instance; default true. False on an instance that only queues updates for
     * another instance sharing the JDBC outbox.
     *
     * @param deliver whether to deliver
     * @return this builder
     */
    public Builder deliver(boolean deliver) {
      this.deliver = deliver;
      return this;
    }

    /**
     * Makes every thread the integration starts (dispatcher, periodic resync, release-window
     * timers), for example virtual threads; default daemon platform threads named {@code
     * classpass-…}.
     *
     * @param threadFactory never null
     * @return this builder
     */
    public Builder threadFactory(ThreadFactory threadFactory) {
      this.threadFactory = Objects.requireNonNull(threadFactory, "threadFactory");
      return this;
    }

    /**
     * How long {@link ClassPassIntegration#close()} waits for a resync run and for a batch in
     * flight; default 30 s.
     *
     * @param timeout positive; never null
     * @return this builder
     */
    public Builder shutdownTimeout(Duration timeout) {
      Objects.requireNonNull(timeout, "shutdownTimeout");
      if (timeout.isNegative() || timeout.isZero()) {
        throw new IllegalArgumentException("shutdownTimeout must be positive: " + timeout);
      }
      this.shutdownTimeout = timeout;
      return this;
    }

    /**
     * Advanced: tunes the dispatcher's delivery (lease, dispatch interval, batches in flight at
     * once, retry backoff, attempts and age before a dead letter, dead-letter retention). Its
     * store, client, batch size, clock, threads, shutdown timeout and listeners are the
     * integration's and are set after this.
     *
     * @param customizer never null
     * @return this builder
     */
    public Builder dispatcher(Consumer<OutboxDispatcherBuilder> customizer) {
      this.dispatcherCustomizer = Objects.requireNonNull(customizer, "customizer");
      return this;
    }

    /**
     * Advanced: tunes the partner API (previous tokens during a rotation, a refused-call
     * listener, body and date-range limits). Its token, base path, services and clock are the
     * integration's and are set after this.
     *
     * @param customizer never null
     * @return this builder
     */
    public Builder partnerApi(Consumer<PartnerApiHandlerBuilder> customizer) {
      this.partnerApiCustomizer = Objects.requireNonNull(customizer, "customizer");
      return this;
    }

    /**
     * Wires everything; nothing is started yet.
     *
     * @return the integration; never null
     * @throws IllegalStateException when the client or a repository is missing
     */
    public ClassPassIntegration build() {
      require(client, "client");
      require(customers, "customers");
      require(sessions, "sessions");
      require(bookings, "bookings");
      require(transactions, "transactions");
      require(partners, "partners");
      if (outbox == null) {
        outbox = new InMemoryOutboxStore(clock);
      }
      return new ClassPassIntegration(this);
    }

    private static Duration notNegative(Duration value, String name) {
      Objects.requireNonNull(value, name);
      if (value.isNegative()) {
        throw new IllegalArgumentException(name + " must not be negative: " + value);
      }
      return value;
    }

    private static void require(Object value, String name) {
      if (value == null) {
        throw new IllegalStateException(name + " is required");
      }
    }
  }
}
