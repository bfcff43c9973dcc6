package io.github.aggregatorsdk.classpass;

import io.github.aggregatorsdk.classpass.booking.BookingOutcomeListener;
import io.github.aggregatorsdk.classpass.booking.BookingServices;
import io.github.aggregatorsdk.classpass.client.ClassPassClient;
import io.github.aggregatorsdk.classpass.customer.MatchConflictListener;
import io.github.aggregatorsdk.classpass.customer.MatchingPolicy;
import io.github.aggregatorsdk.classpass.customer.PersonalDataPolicy;
import io.github.aggregatorsdk.classpass.partnerapi.PartnerApiHandler;
import io.github.aggregatorsdk.classpass.spi.BookingRepository;
import io.github.aggregatorsdk.classpass.spi.ClassSessionRepository;
import io.github.aggregatorsdk.classpass.spi.CustomerRepository;
import io.github.aggregatorsdk.classpass.spi.PartnerDirectory;
import io.github.aggregatorsdk.classpass.spi.SessionTransactions;
import io.github.aggregatorsdk.classpass.sync.ClassPassSync;
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

  private final ClassPassClient client;
  private final ClassPassSync sync;
  private final BookingServices booking;
  private final PartnerApiHandler partnerApi;
  private final ActivityLog activity;
  private final OperationsParts parts;
  private ClassPassOperations operations;

  private ClassPassIntegration(Builder builder) {
    this.client = builder.client;
    this.parts = new OperationsParts(builder.partners, builder.sessions, builder.customers,
        builder.clock, builder.horizon);
    this.activity = new ActivityLog(builder.clock);
    this.sync = ClassPassSync.builder()
        .client(builder.client)
        .outbox(builder.outbox)
        .sessions(builder.sessions)
        .bookings(builder.bookings)
        .partners(builder.partners)
        .batchSize(builder.batchSize)
        .clock(builder.clock)
        .problemListener(builder.problemListener)
        .deadLetterListener(builder.deadLetterListener)
        .dispatchListener(both(builder.dispatchListener, activity))
        .fullResyncInterval(builder.fullResyncInterval)
        .horizon(builder.horizon)
        .registerOnStartup(builder.registerOnStartup)
        .build();
    this.booking = BookingServices.builder()
        .customers(builder.customers)
        .sessions(builder.sessions)
        .bookings(builder.bookings)
        .transactions(builder.transactions)
        .matchingPolicy(builder.matchingPolicy)
        .personalDataPolicy(builder.personalDataPolicy)
        .listener(sync.scheduleSync())
        .conflictListener(builder.conflictListener)
        .outcomeListener(builder.outcomeListener)
        .clock(builder.clock)
        .build();
    this.partnerApi = PartnerApiHandler.builder()
        .token(builder.partnerApiToken)
        .basePath(builder.partnerApiBasePath)
        .answeredCallListener(activity::callAnswered)
        .bookingServices(booking)
        .sessions(builder.sessions)
        .partners(builder.partners)
        .clock(builder.clock)
        .build();
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
    return sync.scheduleSync();
  }

  /**
   * Full resyncs on demand and partner registration.
   *
   * @return the resync; never null
   */
  public FullResync fullResync() {
    return sync.fullResync();
  }

  /**
   * The periodic full resync, unless turned off.
   *
   * @return the resync; empty when its interval is zero
   */
  public Optional<PeriodicResync> periodicResync() {
    return sync.periodicResync();
  }

  /**
   * The endpoints ClassPass calls, framework-neutral: serve it with {@code PartnerApiServer} or
   * any HTTP stack.
   *
   * @return the handler; never null
   */
  public PartnerApiHandler partnerApi() {
    return partnerApi;
  }

  /**
   * The outbox of pending updates, for its counts and dead letters.
   *
   * @return the store; never null
   */
  public OutboxStore outbox() {
    return sync.outbox();
  }

  /**
   * The dispatcher delivering the outbox.
   *
   * @return the dispatcher; never null
   */
  public OutboxDispatcher dispatcher() {
    return sync.dispatcher();
  }

  /**
   * Operations for staff and tools: status, dead letters, registration and resync on demand,
   * duplicates and manual linking. Built at the first call; the same instance afterwards.
   *
   * @return the operations; never null
   */
  public synchronized ClassPassOperations operations() {
    if (operations == null) {
      operations = ClassPassOperations.builder()
          .sync(sync.scheduleSync())
          .fullResync(sync.fullResync())
          .outbox(sync.outbox())
          .partners(parts.partners())
          .sessions(parts.sessions())
          .customers(parts.customers())
          .clock(parts.clock())
          .horizon(parts.horizon())
          .activity(activity)
          .build();
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
   * turned off) and schedules the periodic full resync (unless turned off).
   *
   * @throws io.github.aggregatorsdk.classpass.outbox.OutboxStoreException when the registrations
   *     could not be queued
   */
  public void start() {
    sync.start();
  }

  /**
   * Stops delivery, the periodic resync, the release-window timers and a resync started from the
   * operations; the outbox keeps all.
   */
  @Override
  public void close() {
    ClassPassOperations started;
    synchronized (this) {
      started = operations;
    }
    if (started != null) {
      started.close();
    }
    sync.close();
  }

  /**
   * Configures a {@link ClassPassIntegration}. Defaults: an {@link InMemoryOutboxStore} (updates
   * are lost on restart: give a {@link JdbcOutboxStore} in production), partner API under {@code
   * /classpass}, matching by ClassPass ID, all personal data for new customers, batch size 100,
   * registration at start, a full resync every 6 h reaching 28 days ahead, the UTC system clock,
   * no listeners. Not thread-safe.
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
    private int batchSize = 100;
    private Duration fullResyncInterval = Duration.ofHours(6);
    private Duration horizon = Duration.ofDays(28);
    private boolean registerOnStartup = true;
    private Clock clock = Clock.systemUTC();
    private MatchConflictListener conflictListener = MatchConflictListener.none();
    private BookingOutcomeListener outcomeListener = BookingOutcomeListener.none();
    private PublishProblemListener problemListener = PublishProblemListener.none();
    private DeadLetterListener deadLetterListener = deadLetter -> {};
    private DispatchListener dispatchListener = DispatchListener.none();

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
     * The token ClassPass must send on its calls to the partner API; required.
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
     * Events per request to ClassPass and sessions per resync page (the one place it is set);
     * default 100.
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
     * How often every venue's schedule is pushed again; default 6 h, zero turns it off.
     *
     * @param interval zero or positive; never null
     * @return this builder
     */
    public Builder fullResyncInterval(Duration interval) {
      this.fullResyncInterval = Objects.requireNonNull(interval, "interval");
      return this;
    }

    /**
     * How far ahead a full resync reaches; default 28 days.
     *
     * @param horizon zero or positive; never null
     * @return this builder
     */
    public Builder horizon(Duration horizon) {
      this.horizon = Objects.requireNonNull(horizon, "horizon");
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
     * Wires everything; nothing is started yet.
     *
     * @return the integration; never null
     * @throws IllegalStateException when the client, a repository or the partner-API token is
     *     missing
     */
    public ClassPassIntegration build() {
      require(client, "client");
      require(customers, "customers");
      require(sessions, "sessions");
      require(bookings, "bookings");
      require(transactions, "transactions");
      require(partners, "partners");
      require(partnerApiToken, "partnerApiToken");
      if (outbox == null) {
        outbox = new InMemoryOutboxStore(clock);
      }
      return new ClassPassIntegration(this);
    }

    private static void require(Object value, String name) {
      if (value == null) {
        throw new IllegalStateException(name + " is required");
      }
    }
  }
}
