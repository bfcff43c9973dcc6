package io.github.aggregatorsdk.classpass.example.studio.bookings;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

/** The sign-in lists of all classes. */
public interface Bookings extends JpaRepository<BookingEntity, Long> {

  // The select clauses of the plain-value queries below, each shared by a query for one class and
  // one for several (or by the queries of one row type).

  /** Selects {@link ClassPassRow}s from bookings {@code b}. */
  String CLASSPASS_ROWS =
      """
      select new io.github.aggregatorsdk.classpass.example.studio.bookings.Bookings$ClassPassRow(
          b.id, b.session.id, b.customer.id, b.classPassReservationId, b.classPassUserId,
          b.product, b.paid, b.spotLabel, b.status, b.createdAt, b.updatedAt)
      from BookingEntity b
      """;

  /** Selects {@link StateCount}s from bookings {@code b}; add a where clause and the grouping. */
  String STATE_COUNTS =
      """
      select new io.github.aggregatorsdk.classpass.example.studio.bookings.Bookings$StateCount(
             b.session.id, b.status, b.channel, count(b), max(b.updatedAt))
      from BookingEntity b
      """;

  /** Selects {@link BookedSpot}s from bookings {@code b}. */
  String BOOKED_SPOTS =
      """
      select new io.github.aggregatorsdk.classpass.example.studio.bookings.Bookings$BookedSpot(
             b.session.id, b.spotLabel, b.status)
      from BookingEntity b
      """;

  Optional<BookingEntity> findByClassPassReservationId(String reservationId);

  /** The booking of a ClassPass reservation, as plain values. */
  @Query(
      CLASSPASS_ROWS
          + """
          where b.classPassReservationId = :reservationId\
          """)
  Optional<ClassPassRow> findClassPassRow(String reservationId);

  /** A class's bookings made through {@code channel}, oldest first, as plain values. */
  @Query(
      CLASSPASS_ROWS
          + """
          where b.session.id = :sessionId and b.channel = :channel
          order by b.createdAt, b.id\
          """)
  List<ClassPassRow> findRows(Long sessionId, Channel channel);

  /** The ClassPass bookings one ClassPass user made in a class, oldest first, as plain values. */
  @Query(
      CLASSPASS_ROWS
          + """
          where b.classPassUserId = :classPassUserId and b.session.id = :sessionId
          order by b.createdAt, b.id\
          """)
  List<ClassPassRow> findClassPassRows(Long sessionId, String classPassUserId);

  Optional<BookingEntity> findByIdAndChannel(Long id, Channel channel);

  /** Moves every booking of one customer to another, as a merge of two customers does. */
  @Modifying(flushAutomatically = true, clearAutomatically = true)
  @Query("update BookingEntity b set b.customer.id = :to where b.customer.id = :from")
  int moveCustomer(Long from, Long to);

  /** How many bookings a customer has, of every channel and state. */
  long countByCustomerId(Long customerId);

  /** The sign-in lists of these classes, each booking with its customer, oldest first per class. */
  @Query(
      """
      select b from BookingEntity b join fetch b.customer
      where b.session.id in :sessionIds
      order by b.createdAt, b.id\
      """)
  List<BookingEntity> findSignInLists(Collection<Long> sessionIds);

  // Occupancy, for one class (read on every ClassPass reservation) and for a page of classes.
  // Counted per state and channel, so that which states hold a spot stays in BookingState (a
  // collection parameter would also keep Hibernate from caching the query's SQL).

  /** A class's bookings per state and channel, with when the last of them changed. */
  @Query(
      STATE_COUNTS
          + """
          where b.session.id = :sessionId
          group by b.session.id, b.status, b.channel\
          """)
  List<StateCount> countStates(Long sessionId);

  /** {@link #countStates} for several classes; classes without bookings are left out. */
  @Query(
      STATE_COUNTS
          + """
          where b.session.id in :sessionIds
          group by b.session.id, b.status, b.channel\
          """)
  List<StateCount> countStatesIn(Collection<Long> sessionIds);

  /** The layout spots booked in a class, in any state. */
  @Query(
      BOOKED_SPOTS
          + """
          where b.session.id = :sessionId and b.spotLabel is not null\
          """)
  List<BookedSpot> findBookedSpots(Long sessionId);

  /** {@link #findBookedSpots} for several classes. */
  @Query(
      BOOKED_SPOTS
          + """
          where b.session.id in :sessionIds and b.spotLabel is not null\
          """)
  List<BookedSpot> findBookedSpotsIn(Collection<Long> sessionIds);

  /** A row of {@link #countStates}. */
  record StateCount(
      Long sessionId, BookingState status, Channel channel, Long count, Instant lastChange) {

    /** Whether these bookings hold spots. */
    public boolean holdSpots() {
      return BookingState.HOLDING_A_SPOT.contains(status);
    }
  }

  /** A row of {@link #findBookedSpots}. */
  record BookedSpot(Long sessionId, String label, BookingState status) {}

  /** A row of {@link #findRows} and {@link #findClassPassRow}. */
  record ClassPassRow(
      Long id,
      Long sessionId,
      Long customerId,
      String reservationId,
      String classPassUserId,
      String product,
      boolean paid,
      String spotLabel,
      BookingState status,
      Instant createdAt,
      Instant updatedAt) {}
}
