package io.github.aggregatorsdk.classpass.example.studio.schedule;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

/** The studio's schedule. */
public interface ClassSessions extends JpaRepository<ClassSessionEntity, Long> {

  /** The classes of an activity that have not ended by {@code now}, in start order. */
  @Query(
      "select s.id from ClassSessionEntity s where s.activity.id = :activityId"
          + " and s.endsAt > :now order by s.startsAt, s.id")
  List<Long> findIdsNotEndedOfActivity(Long activityId, Instant now);

  /**
   * Reads a class and locks its row ({@code SELECT … FOR UPDATE}; on PostgreSQL Hibernate writes
   * {@code FOR NO KEY UPDATE}, which still excludes every other lock of this kind) until the
   * transaction ends, so that bookings into it happen one after the other, in this app instance
   * and in every other one sharing the database. ClassPass reservations take it through the SDK;
   * the studio's own booking screens should take it too, or the front desk could sell the spot
   * ClassPass is just booking.
   */
  @Lock(LockModeType.PESSIMISTIC_WRITE)
  @Query("select s from ClassSessionEntity s where s.id = :id")
  Optional<ClassSessionEntity> lockById(Long id);

  /**
   * Locks a class's row as {@link #lockById} does, without reading the class into the persistence
   * context: for work that reads what it needs with the queries below. Empty when there is no such
   * class.
   */
  @Lock(LockModeType.PESSIMISTIC_WRITE)
  @Query("select s.id from ClassSessionEntity s where s.id = :id")
  Optional<Long> lockRowById(Long id);

  // The reads of the ClassPass adapter: plain values rather than entities, so that reading a class
  // costs a fixed number of queries (no lazy association loaded one by one) and leaves nothing for
  // Hibernate to track until the transaction ends. Each comes for one class, which the SDK reads on
  // every reservation, and for a page of classes: Hibernate caches the SQL of a query only when it
  // has no collection parameter ("in :ids"), and otherwise translates it again on every call.

  /** Selects {@link Row}s from classes {@code s}: add a where clause. */
  String ROWS =
      """
      select new io.github.aggregatorsdk.classpass.example.studio.schedule.ClassSessions$Row(
          s.id, s.name, s.startsAt, s.endsAt, s.capacity, s.bookableFrom, s.bookableUntil,
          s.lateCancelMinutes, s.cancelled, s.updatedAt, v.id, v.partner.id, v.timeZone,
          a.id, a.name, a.description, a.aggregators.allowed, a.aggregators.spotLimit,
          a.aggregators.releaseAllSpotsMinutesBeforeStart, a.updatedAt, r.id, r.name, r.updatedAt)
      from ClassSessionEntity s join s.activity a join s.venue v left join s.room r
      """;

  /** Selects {@link TeacherRow}s of classes {@code s} (teachers {@code t}). */
  String TEACHER_ROWS =
      """
      select new io.github.aggregatorsdk.classpass.example.studio.schedule.ClassSessions$TeacherRow(
          s.id, t.id, t.firstName, t.lastName, t.displayName, t.updatedAt)
      from ClassSessionEntity s join s.teachers t
      """;

  /** Selects {@link SpotRow}s of classes {@code s} (spots {@code spot}). */
  String SPOT_ROWS =
      """
      select new io.github.aggregatorsdk.classpass.example.studio.schedule.ClassSessions$SpotRow(
          s.id, spot.label, spot.x, spot.y)
      from ClassSessionEntity s join s.spots spot
      """;

  /** A class with its activity, venue and room, in one query. */
  @Query(ROWS + "where s.id = :id")
  Optional<Row> findRow(Long id);

  /** A venue's classes starting in {@code [from, until)}, ordered by start and then id. */
  @Query(
      value =
          ROWS
              + """
              where v.id = :venueId and s.startsAt >= :from and s.startsAt < :until
              order by s.startsAt, s.id\
              """,
      countQuery =
          "select count(s) from ClassSessionEntity s where s.venue.id = :venueId"
              + " and s.startsAt >= :from and s.startsAt < :until")
  Page<Row> findRowsStarting(Long venueId, Instant from, Instant until, Pageable page);

  /** A class's teachers, in its order. */
  @Query(
      TEACHER_ROWS
          + """
          where s.id = :sessionId
          order by index(t)\
          """)
  List<TeacherRow> findTeacherRows(Long sessionId);

  /** The teachers of these classes, in each class's order. */
  @Query(
      TEACHER_ROWS
          + """
          where s.id in :sessionIds
          order by s.id, index(t)\
          """)
  List<TeacherRow> findTeacherRowsIn(Collection<Long> sessionIds);

  /** A class's layout spots, in its order; none without a layout. */
  @Query(
      SPOT_ROWS
          + """
          where s.id = :sessionId
          order by index(spot)\
          """)
  List<SpotRow> findSpotRows(Long sessionId);

  /** The layout spots of these classes, in each class's order. */
  @Query(
      SPOT_ROWS
          + """
          where s.id in :sessionIds
          order by s.id, index(spot)\
          """)
  List<SpotRow> findSpotRowsIn(Collection<Long> sessionIds);

  /** A row of {@link #findRow}: a class, its activity's, venue's and room's columns. */
  record Row(
      Long id,
      String name,
      Instant startsAt,
      Instant endsAt,
      int capacity,
      Instant bookableFrom,
      Instant bookableUntil,
      int lateCancelMinutes,
      boolean cancelled,
      Instant updatedAt,
      Long venueId,
      Long partnerId,
      String timeZone,
      Long activityId,
      String activityName,
      String activityDescription,
      boolean classPassAllowed,
      Integer classPassSpotLimit,
      Integer classPassReleaseMinutes,
      Instant activityUpdatedAt,
      Long roomId,
      String roomName,
      Instant roomUpdatedAt) {}

  /** A row of {@link #findTeacherRows}: one teacher of a class. */
  record TeacherRow(
      Long sessionId,
      Long id,
      String firstName,
      String lastName,
      String displayName,
      Instant updatedAt) {}

  /** A row of {@link #findSpotRows}: one spot of a class's layout. */
  record SpotRow(Long sessionId, String label, int x, int y) {}
}
