package io.github.aggregatorsdk.classpass.spi.memory;

import java.time.Clock;
import java.util.Objects;

/**
 * One studio's data in memory: the five SPI implementations, wired so that they share state.
 * Session reads count the studio's bookings, and {@link #transactions()} rolls back what the other
 * repositories wrote when the work throws. Thread-safe.
 *
 * <pre>{@code
 * InMemoryStudio studio = new InMemoryStudio();
 * studio.partners().save(partner);
 * studio.partners().save(venue);
 * studio.sessions().save(session);
 * studio.sessions().addHostBookings(session.id(), 1);
 * }</pre>
 */
public final class InMemoryStudio {

  private final InMemoryCustomerRepository customers;
  private final InMemoryBookingRepository bookings;
  private final InMemoryClassSessionRepository sessions;
  private final InMemorySessionTransactions transactions;
  private final InMemoryPartnerDirectory partners;

  /** An empty studio whose host bookings are time-stamped by the system clock (UTC). */
  public InMemoryStudio() {
    this(Clock.systemUTC());
  }

  /**
   * An empty studio.
   *
   * @param clock time-stamps host bookings, which become the sessions' {@code lastUpdated}; never
   *     null
   */
  public InMemoryStudio(Clock clock) {
    Objects.requireNonNull(clock, "clock");
    UndoLog undoLog = new UndoLog();
    this.customers = new InMemoryCustomerRepository(undoLog);
    this.bookings = new InMemoryBookingRepository(undoLog);
    this.sessions = new InMemoryClassSessionRepository(undoLog, bookings, clock);
    this.transactions = new InMemorySessionTransactions(undoLog);
    this.partners = new InMemoryPartnerDirectory();
  }

  /** The studio's customers; never null. */
  public InMemoryCustomerRepository customers() {
    return customers;
  }

  /** The studio's schedule, whose occupancy counts {@link #bookings()}; never null. */
  public InMemoryClassSessionRepository sessions() {
    return sessions;
  }

  /** The studio's ClassPass bookings; never null. */
  public InMemoryBookingRepository bookings() {
    return bookings;
  }

  /** Per-session locking with rollback of this studio's repositories; never null. */
  public InMemorySessionTransactions transactions() {
    return transactions;
  }

  /** The studio's partners and venues; never null. */
  public InMemoryPartnerDirectory partners() {
    return partners;
  }
}
