package io.github.aggregatorsdk.classpass.booking;

import io.github.aggregatorsdk.classpass.customer.CustomerMatcher;
import io.github.aggregatorsdk.classpass.customer.MatchConflictListener;
import io.github.aggregatorsdk.classpass.customer.MatchingPolicy;
import io.github.aggregatorsdk.classpass.customer.PersonalDataPolicy;
import io.github.aggregatorsdk.classpass.spi.BookingRepository;
import io.github.aggregatorsdk.classpass.spi.ClassSessionRepository;
import io.github.aggregatorsdk.classpass.spi.CustomerRepository;
import io.github.aggregatorsdk.classpass.spi.SessionTransactions;
import java.time.Clock;
import java.util.Objects;

/**
 * The booking services over one host's SPI, built once and shared; thread-safe.
 *
 * <pre>{@code
 * BookingServices services = BookingServices.builder()
 *     .customers(customers).sessions(sessions).bookings(bookings).transactions(transactions)
 *     .matchingPolicy(MatchingPolicy.CLASSPASS_ID_THEN_EMAIL)
 *     .listener(syncListener)
 *     .build();
 * ReservationOutcome outcome = services.reservations().reserve(request);
 * }</pre>
 */
public final class BookingServices {

  private final CustomerMatcher customerMatcher;
  private final AvailabilityCalculator availability;
  private final ReservationService reservations;
  private final CancellationService cancellations;
  private final AttendanceService attendance;

  private BookingServices(Builder builder) {
    Listeners listeners =
        new Listeners(builder.listener, builder.conflictListener, builder.outcomeListener);
    this.customerMatcher =
        new CustomerMatcher(builder.customers, builder.matchingPolicy, builder.personalDataPolicy);
    this.availability = new AvailabilityCalculator(builder.clock);
    this.reservations =
        new ReservationService(
            builder.transactions,
            builder.sessions,
            builder.bookings,
            customerMatcher,
            listeners,
            builder.clock);
    this.cancellations =
        new CancellationService(
            builder.transactions, builder.sessions, builder.bookings, listeners, builder.clock);
    this.attendance = new AttendanceService(builder.bookings);
  }

  /**
   * A builder with the defaults: policies {@code classpass-id} and {@code all}, no listeners, UTC
   * system clock.
   *
   * <p><b>Advanced:</b> {@link io.github.aggregatorsdk.classpass.ClassPassIntegration} builds and
   * wires this part for you; build it yourself only to use it alone (a test, a custom stack).
   *
   * @return a new builder; never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Reservations from ClassPass; never null. */
  public ReservationService reservations() {
    return reservations;
  }

  /** Cancellations from ClassPass; never null. */
  public CancellationService cancellations() {
    return cancellations;
  }

  /** Reservation statuses, attendance lists and the host's own changes; never null. */
  public AttendanceService attendance() {
    return attendance;
  }

  /** ClassPass availability of sessions, on the same clock; never null. */
  public AvailabilityCalculator availability() {
    return availability;
  }

  /** The customer matcher reservations use, also for linking ClassPass ids by hand; never null. */
  public CustomerMatcher customerMatcher() {
    return customerMatcher;
  }

  /** Builds {@link BookingServices}; not thread-safe. */
  public static final class Builder {
    private CustomerRepository customers;
    private ClassSessionRepository sessions;
    private BookingRepository bookings;
    private SessionTransactions transactions;
    private MatchingPolicy matchingPolicy = MatchingPolicy.CLASSPASS_ID;
    private PersonalDataPolicy personalDataPolicy = PersonalDataPolicy.ALL;
    private BookingEventListener listener = BookingEventListener.none();
    private MatchConflictListener conflictListener = MatchConflictListener.none();
    private BookingOutcomeListener outcomeListener = BookingOutcomeListener.none();
    private Clock clock = Clock.systemUTC();

    private Builder() {}

    /** The host's customers; required. */
    public Builder customers(CustomerRepository customers) {
      this.customers = Objects.requireNonNull(customers, "customers");
      return this;
    }

    /** The host's class sessions; required. */
    public Builder sessions(ClassSessionRepository sessions) {
      this.sessions = Objects.requireNonNull(sessions, "sessions");
      return this;
    }

    /** The host's ClassPass bookings; required. */
    public Builder bookings(BookingRepository bookings) {
      this.bookings = Objects.requireNonNull(bookings, "bookings");
      return this;
    }

    /** The host's per-session isolation; required. */
    public Builder transactions(SessionTransactions transactions) {
      this.transactions = Objects.requireNonNull(transactions, "transactions");
      return this;
    }

    /** How ClassPass users are matched to customers; default {@link MatchingPolicy#CLASSPASS_ID}. */
    public Builder matchingPolicy(MatchingPolicy matchingPolicy) {
      this.matchingPolicy = Objects.requireNonNull(matchingPolicy, "matchingPolicy");
      return this;
    }

    /** What new customers receive; default {@link PersonalDataPolicy#ALL}. */
    public Builder personalDataPolicy(PersonalDataPolicy personalDataPolicy) {
      this.personalDataPolicy = Objects.requireNonNull(personalDataPolicy, "personalDataPolicy");
      return this;
    }

    /** Told of every change ClassPass must hear about; default none. */
    public Builder listener(BookingEventListener listener) {
      this.listener = Objects.requireNonNull(listener, "listener");
      return this;
    }

    /** Told when an e-mail match was refused and a customer created instead; default none. */
    public Builder conflictListener(MatchConflictListener conflictListener) {
      this.conflictListener = Objects.requireNonNull(conflictListener, "conflictListener");
      return this;
    }

    /** Told of every reservation and cancellation answered, refusals included; default none. */
    public Builder outcomeListener(BookingOutcomeListener outcomeListener) {
      this.outcomeListener = Objects.requireNonNull(outcomeListener, "outcomeListener");
      return this;
    }

    /** The clock every rule reads "now" from; default the UTC system clock. */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * Builds the services.
     *
     * @return the services; never null
     * @throws IllegalStateException when a required repository or the transactions are missing
     */
    public BookingServices build() {
      require(customers, "customers");
      require(sessions, "sessions");
      require(bookings, "bookings");
      require(transactions, "transactions");
      return new BookingServices(this);
    }

    private static void require(Object value, String name) {
      if (value == null) {
        throw new IllegalStateException(name + " is required: call " + name + "(…) before build()");
      }
    }
  }
}
