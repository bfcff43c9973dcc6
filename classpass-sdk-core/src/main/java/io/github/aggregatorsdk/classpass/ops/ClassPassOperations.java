package io.github.aggregatorsdk.classpass.ops;

import io.github.aggregatorsdk.classpass.customer.CustomerMatcher;
import io.github.aggregatorsdk.classpass.customer.DuplicateFinder;
import io.github.aggregatorsdk.classpass.customer.LikelyDuplicate;
import io.github.aggregatorsdk.classpass.customer.LinkResult;
import io.github.aggregatorsdk.classpass.customer.MatchingPolicy;
import io.github.aggregatorsdk.classpass.customer.PersonalDataPolicy;
import io.github.aggregatorsdk.classpass.outbox.OutboxStore;
import io.github.aggregatorsdk.classpass.outbox.OutboxStoreException;
import io.github.aggregatorsdk.classpass.spi.ClassSessionRepository;
import io.github.aggregatorsdk.classpass.spi.Customer;
import io.github.aggregatorsdk.classpass.spi.CustomerRepository;
import io.github.aggregatorsdk.classpass.spi.Page;
import io.github.aggregatorsdk.classpass.spi.PageRequest;
import io.github.aggregatorsdk.classpass.spi.PartnerDirectory;
import io.github.aggregatorsdk.classpass.sync.FullResync;
import io.github.aggregatorsdk.classpass.sync.ScheduleSync;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What staff and tools do with the integration, in one place: see whether it is live ({@link
 * #status()}), repair delivery (dead letters), register partners and venues and resync schedules
 * on demand, and keep customers apart (duplicates, linking). The Actuator endpoint {@code
 * classpass} of the Spring Boot starter and the example app's ClassPass settings page use it.
 *
 * <p>Obtain it from {@code ClassPassIntegration.operations()} (or the starter's bean); {@link
 * #builder()} is for hosts that wire the parts themselves. Thread-safe. Nothing here logs or
 * returns personal data except {@link #duplicates()}, which hands staff the customers to compare.
 *
 * <p>What ClassPass called last and how registrations went is kept by the {@link ActivityLog} in
 * memory, per instance; everything else is read from the host's repositories and the outbox at
 * each call, so it is the same on every instance sharing them.
 *
 * <p>Resyncs run in the background, one at a time, on the executor given to the builder or on a
 * daemon thread this object owns; {@link #close()} stops a running one and that thread.
 */
public final class ClassPassOperations implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(ClassPassOperations.class);

  private final ScheduleSync sync;
  private final PartnerDirectory partners;
  private final CustomerRepository customers;
  private final Duration horizon;
  private final ActivityLog activity;
  private final StatusReader statusReader;
  private final DeadLetters deadLetters;
  private final Resyncs resyncs;

  private ClassPassOperations(Builder builder) {
    this.sync = builder.sync;
    this.partners = builder.partners;
    this.customers = builder.customers;
    this.horizon = builder.horizon;
    this.activity = builder.activity == null ? new ActivityLog(builder.clock) : builder.activity;
    this.statusReader = new StatusReader(builder.partners, builder.sessions, builder.outbox,
        activity, builder.clock, builder.horizon, builder.preflightLimit);
    this.deadLetters = new DeadLetters(builder.outbox, builder.sync);
    this.resyncs = new Resyncs(builder.fullResync, builder.clock, builder.horizon,
        builder.executor);
  }

  /**
   * A builder, for hosts that wire the SDK's parts themselves; {@code
   * ClassPassIntegration.operations()} and the starter build one for everyone else.
   *
   * @return a new builder; never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The status of the integration: partners and venues with their ids and registration, the last
   * calls from ClassPass, pending updates, dead letters and classes that cannot be published.
   * Reads the directory, the outbox, and every venue's classes within the horizon.
   *
   * @return the status; never null, without personal data
   * @throws OutboxStoreException when the outbox could not be read
   */
  public OperationsStatus status() {
    ResyncRun run = currentResync().orElse(null);
    return statusReader.read(run == null ? null : run.progress());
  }

  /**
   * What this instance saw of ClassPass (calls received, registrations pushed); the starter and
   * {@code ClassPassIntegration} feed it.
   *
   * @return the log; never null
   */
  public ActivityLog activity() {
    return activity;
  }

  /**
   * One page of the dead letters, oldest first, without payloads.
   *
   * @param request which page; never null
   * @return the page, with the number of all dead letters; never null
   * @throws OutboxStoreException when the outbox could not be read
   */
  public Page<DeadLetterSummary> deadLetters(PageRequest request) {
    Objects.requireNonNull(request, "request");
    return deadLetters.page(request);
  }

  /**
   * Sends a dead letter again with the current state of what it was about (not its stored
   * payload, which may be stale) and removes it.
   *
   * @param eventId the dead letter's id; never null
   * @return what happened; never null
   * @throws OutboxStoreException when the outbox failed
   */
  public RequeueOutcome requeue(String eventId) {
    Objects.requireNonNull(eventId, "eventId");
    return deadLetters.requeue(eventId);
  }

  /**
   * Requeues every dead letter, as {@link #requeue(String)} does each.
   *
   * @return how many dead letters were handled (queued or found to have nothing to send)
   * @throws OutboxStoreException when the outbox failed; those handled before stay handled
   */
  public int requeueAll() {
    return deadLetters.requeueAll();
  }

  /**
   * Removes a dead letter without sending it again, when staff decided ClassPass does not need it.
   *
   * @param eventId the dead letter's id; never null
   * @return true when it existed
   * @throws UnsupportedOperationException when the outbox store cannot discard
   * @throws OutboxStoreException when the outbox failed
   */
  public boolean discard(String eventId) {
    Objects.requireNonNull(eventId, "eventId");
    return deadLetters.discard(eventId);
  }

  /**
   * Queues the registration of every partner and venue of the host's directory with ClassPass
   * (their current profiles), delivered and retried like every update; {@link #status()} shows
   * when each was accepted.
   *
   * @return how many partners and venues were queued
   * @throws OutboxStoreException when the outbox failed
   */
  public int registerAll() {
    int queued = sync.registerAll();
    LOG.info("registration of {} partners and venues queued by staff", queued);
    return queued;
  }

  /**
   * Queues the registration of one venue and its partner.
   *
   * @param partnerId the partner's id; never null
   * @param venueId the venue's id; never null
   * @return false when the host's directory has no such venue (nothing queued)
   * @throws OutboxStoreException when the outbox failed
   */
  public boolean registerVenue(String partnerId, String venueId) {
    return sync.venueChanged(partnerId, venueId);
  }

  /**
   * Starts pushing every venue's schedule (from yesterday to the horizon), in the background.
   * When a resync started here still runs, that one is returned and no other starts.
   *
   * @return the run, to follow its progress; never null
   * @throws IllegalStateException when the operations are closed
   */
  public ResyncRun resyncAll() {
    return resyncs.start(null, null);
  }

  /**
   * Starts pushing one venue's schedule (from yesterday to the horizon, in UTC days), in the
   * background. When a resync started here still runs, that one is returned and no other starts.
   *
   * @param partnerId the partner's id; never null
   * @param venueId the venue's id; never null
   * @return the run, to follow its progress; never null
   * @throws NoSuchElementException when the host's directory has no such venue
   * @throws IllegalStateException when the operations are closed
   */
  public ResyncRun resyncVenue(String partnerId, String venueId) {
    Objects.requireNonNull(partnerId, "partnerId");
    Objects.requireNonNull(venueId, "venueId");
    if (partners.findVenue(partnerId, venueId).isEmpty()) {
      throw new NoSuchElementException(
          "no venue " + venueId + " of partner " + partnerId + " in the host's directory");
    }
    return resyncs.start(partnerId, venueId);
  }

  /**
   * The running resync started here, or else the last one.
   *
   * @return the run; empty when none was started
   */
  public Optional<ResyncRun> currentResync() {
    return resyncs.current();
  }

  /**
   * The duplicate report: pairs of a customer carrying a ClassPass id and one carrying none that
   * share an e-mail address, or a name and a birthday. Holds the customers, personal data
   * included, for staff to compare; do not log it.
   *
   * @return the pairs; never null
   */
  public List<LikelyDuplicate> duplicates() {
    return new DuplicateFinder(customers).find();
  }

  /**
   * Links a ClassPass user id ("Aggregator ID") to a customer, as staff do in the customer's
   * profile. Refused without writing when another customer carries the id (the result names both
   * customers), when the customer carries another id, or when the customer is unknown.
   *
   * @param customerId the host's customer id; never null
   * @param classPassUserId the ClassPass user id; never null or blank, trimmed
   * @return what happened, with a message for staff; never null
   * @throws IllegalArgumentException when the ClassPass user id is blank
   */
  public LinkResult link(String customerId, String classPassUserId) {
    return new CustomerMatcher(customers, MatchingPolicy.CLASSPASS_ID, PersonalDataPolicy.ALL)
        .link(customerId, classPassUserId);
  }

  /**
   * Removes the ClassPass user id from a customer, for an id linked to the wrong customer; needs
   * {@code CustomerRepository.unlinkClassPassUserId}.
   *
   * @param customerId the host's customer id; never null
   * @return what happened, with a message for staff; never null
   */
  public UnlinkResult unlink(String customerId) {
    Objects.requireNonNull(customerId, "customerId");
    Optional<Customer> customer = customers.findById(customerId);
    if (customer.isEmpty()) {
      return new UnlinkResult(UnlinkResult.Outcome.UNKNOWN_CUSTOMER, customerId, null);
    }
    Optional<String> carried = customer.get().classPassUserIdIfLinked();
    if (carried.isEmpty()) {
      return new UnlinkResult(UnlinkResult.Outcome.NOT_LINKED, customerId, null);
    }
    try {
      customers.unlinkClassPassUserId(customerId);
    } catch (UnsupportedOperationException e) {
      return new UnlinkResult(UnlinkResult.Outcome.NOT_SUPPORTED, customerId, carried.get());
    }
    LOG.debug("ClassPass user {} unlinked from customer {} by hand", carried.get(), customerId);
    return new UnlinkResult(UnlinkResult.Outcome.UNLINKED, customerId, carried.get());
  }

  /** Stops a running resync and the thread this object owns; further resyncs are refused. */
  @Override
  public void close() {
    resyncs.close();
  }

  @Override
  public String toString() {
    return "ClassPassOperations[horizon=" + horizon + ", " + activity + "]";
  }

  /**
   * Configures {@link ClassPassOperations}. Defaults: the UTC system clock, a 28-day horizon,
   * at most 50 classes in the pre-flight list, a fresh {@link ActivityLog}, and a daemon thread of
   * its own for resyncs. Not thread-safe.
   */
  public static final class Builder {
    private ScheduleSync sync;
    private FullResync fullResync;
    private OutboxStore outbox;
    private PartnerDirectory partners;
    private ClassSessionRepository sessions;
    private CustomerRepository customers;
    private Clock clock = Clock.systemUTC();
    private Duration horizon = Duration.ofDays(28);
    private int preflightLimit = 50;
    private ActivityLog activity;
    private Executor executor;

    private Builder() {}

    /**
     * The incremental sync: requeues dead letters and queues registrations; required.
     *
     * @param sync never null
     * @return this builder
     */
    public Builder sync(ScheduleSync sync) {
      this.sync = Objects.requireNonNull(sync, "sync");
      return this;
    }

    /**
     * The full resync: pushes schedules on demand; required.
     *
     * @param fullResync never null
     * @return this builder
     */
    public Builder fullResync(FullResync fullResync) {
      this.fullResync = Objects.requireNonNull(fullResync, "fullResync");
      return this;
    }

    /**
     * The outbox the sync writes to; required.
     *
     * @param outbox never null
     * @return this builder
     */
    public Builder outbox(OutboxStore outbox) {
      this.outbox = Objects.requireNonNull(outbox, "outbox");
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
     * The host's class sessions, for the pre-flight list; required.
     *
     * @param sessions never null
     * @return this builder
     */
    public Builder sessions(ClassSessionRepository sessions) {
      this.sessions = Objects.requireNonNull(sessions, "sessions");
      return this;
    }

    /**
     * The host's customers, for duplicates and linking; required.
     *
     * @param customers never null
     * @return this builder
     */
    public Builder customers(CustomerRepository customers) {
      this.customers = Objects.requireNonNull(customers, "customers");
      return this;
    }

    /**
     * The clock; default the UTC system clock.
     *
     * @param clock never null
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * How far ahead resyncs push and the pre-flight list looks; default 28 days.
     *
     * @param horizon positive; never null
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
     * How many classes the pre-flight list of the status holds at most; default 50.
     *
     * @param limit at least 1
     * @return this builder
     */
    public Builder preflightLimit(int limit) {
      if (limit < 1) {
        throw new IllegalArgumentException("limit must be at least 1: " + limit);
      }
      this.preflightLimit = limit;
      return this;
    }

    /**
     * The log the dispatcher and the partner API feed; default a fresh one (then nothing feeds
     * it unless the host wires {@link ClassPassOperations#activity()}).
     *
     * @param activity never null
     * @return this builder
     */
    public Builder activity(ActivityLog activity) {
      this.activity = Objects.requireNonNull(activity, "activity");
      return this;
    }

    /**
     * Where resyncs run; default a daemon thread the operations own and stop on {@link
     * ClassPassOperations#close()}. A given executor is not shut down by the operations.
     *
     * @param executor never null
     * @return this builder
     */
    public Builder executor(Executor executor) {
      this.executor = Objects.requireNonNull(executor, "executor");
      return this;
    }

    /**
     * Builds the operations.
     *
     * @return the operations; never null
     * @throws IllegalStateException when a required part is missing
     */
    public ClassPassOperations build() {
      require(sync, "sync");
      require(fullResync, "fullResync");
      require(outbox, "outbox");
      require(partners, "partners");
      require(sessions, "sessions");
      require(customers, "customers");
      return new ClassPassOperations(this);
    }

    private static void require(Object value, String name) {
      if (value == null) {
        throw new IllegalStateException(name + " is required");
      }
    }
  }
}
