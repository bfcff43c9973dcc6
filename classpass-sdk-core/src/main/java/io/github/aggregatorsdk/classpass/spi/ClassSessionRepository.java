package io.github.aggregatorsdk.classpass.spi;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The host's schedule: class sessions with their activity's ClassPass settings and occupancy.
 *
 * <p>Implementations MUST be thread-safe and MUST return the occupancy as committed (or as
 * written by the current {@link SessionTransactions#inSessionTransaction} on this thread). Methods
 * never return null. Exceptions thrown by an implementation reach the caller as they are.
 *
 * <p><b>State after a ClassPass booking.</b> A ClassPass reservation or cancellation reads its
 * session once, under the session's lock, and then writes one booking. The update for ClassPass is
 * built from that read with the write applied, not from a second read, unless {@link
 * #occupancyFollowsBookingWrites()} says otherwise: a new booking holding its spot adds one to
 * {@link Occupancy#booked()} and {@link Occupancy#bookedByClassPass()} and takes its spot label; a
 * cancelled one takes one off both and frees its label; {@link ClassSession#lastUpdated()} becomes
 * the later of the session's and the booking's {@link Booking#lastUpdated()}. That is exactly what
 * the contracts of {@link Occupancy} and {@link ClassSession#lastUpdated()} say a read returns.
 */
public interface ClassSessionRepository {

  /**
   * One session by id, whatever its activity offers to ClassPass.
   *
   * @param sessionId the session's id; never null
   * @return the session, or empty when the host has none with this id
   */
  Optional<ClassSession> findById(String sessionId);

  /**
   * One page of a venue's sessions starting on the given days, cancelled ones included, ordered
   * by start and then id.
   *
   * @param partnerId the partner's id; never null
   * @param venueId the venue's id; never null
   * @param from first day, inclusive, in the venue's time zone; never null
   * @param to last day, inclusive, in the venue's time zone; never null, not before {@code from}
   * @param page which page; never null
   * @return the page; empty items when past the end or when the venue is unknown
   */
  Page<ClassSession> findByVenue(
      String partnerId, String venueId, LocalDate from, LocalDate to, PageRequest page);

  /**
   * Whether a session read after a ClassPass booking write, inside the same session transaction,
   * returns exactly the session read before it with the write applied as the interface's
   * description says (one spot and its label taken by a new booking, freed by a cancelled one, and
   * {@code lastUpdated} at least the booking's). When true (the default) the SDK builds the
   * class's update from the state it already holds and reads the session once per reservation or
   * cancellation; when false it reads the session again after every such write.
   *
   * <p>Return false when a booking write changes more than that booking's own spot: for example
   * when {@link BookingRepository#updateStatus} promotes a waitlisted customer into the freed
   * spot, when the counts include bookings that hold no spot, or when a spot label can be held by
   * two bookings at once. The SDK also reads again, whatever this returns, when the write does not
   * fit the state it read (a label already taken or not in the layout, a count that would drop
   * below zero, a booking that does not hold its spot after it was made).
   *
   * @return true when the SDK may derive the state after its own booking writes; true by default
   */
  default boolean occupancyFollowsBookingWrites() {
    return true;
  }
}
