package io.github.aggregatorsdk.classpass.spi;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The host's schedule: class sessions with their activity's ClassPass settings and occupancy.
 *
 * <p>Implementations MUST be thread-safe and MUST return the occupancy as committed (or as
 * written by the current {@link SessionTransactions#inSessionTransaction} on this thread). Methods
 * never return null. Exceptions thrown by an implementation reach the caller as they are.
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
}
