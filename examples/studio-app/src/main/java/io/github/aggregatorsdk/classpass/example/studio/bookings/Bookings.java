package io.github.aggregatorsdk.classpass.example.studio.bookings;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** The sign-in lists of all classes. */
public interface Bookings extends JpaRepository<BookingEntity, Long> {

  Optional<BookingEntity> findByClassPassReservationId(String reservationId);

  Optional<BookingEntity> findByIdAndChannel(Long id, Channel channel);

  List<BookingEntity> findBySessionIdAndChannelOrderByCreatedAtAscIdAsc(
      Long sessionId, Channel channel);

  /** The sign-in lists of these classes, each booking with its customer, oldest first per class. */
  @Query(
      """
      select b from BookingEntity b join fetch b.customer
      where b.session.id in :sessionIds
      order by b.createdAt, b.id\
      """)
  List<BookingEntity> findSignInLists(Collection<Long> sessionIds);

  /**
   * Per class: the spots held by bookings of every channel, those held through {@code channel}, and
   * when any of its bookings last changed. Classes without bookings are left out.
   */
  @Query(
      """
      select b.session.id as sessionId,
             sum(case when b.status in :holding then 1 else 0 end) as held,
             sum(case when b.status in :holding and b.channel = :channel then 1 else 0 end)
               as heldThroughChannel,
             max(b.updatedAt) as lastChange
      from BookingEntity b
      where b.session.id in :sessionIds
      group by b.session.id\
      """)
  List<SpotCount> countSpots(
      Collection<Long> sessionIds, Collection<BookingState> holding, Channel channel);

  /** The layout spots held in these classes. */
  @Query(
      """
      select b.session.id as sessionId, b.spotLabel as label
      from BookingEntity b
      where b.session.id in :sessionIds and b.status in :holding and b.spotLabel is not null\
      """)
  List<TakenSpot> findTakenSpots(Collection<Long> sessionIds, Collection<BookingState> holding);

  /** A row of {@link #countSpots}. */
  interface SpotCount {
    Long getSessionId();

    Long getHeld();

    Long getHeldThroughChannel();

    Instant getLastChange();
  }

  /** A row of {@link #findTakenSpots}. */
  interface TakenSpot {
    Long getSessionId();

    String getLabel();
  }
}
