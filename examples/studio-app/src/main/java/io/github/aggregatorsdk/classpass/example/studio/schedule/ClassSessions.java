package io.github.aggregatorsdk.classpass.example.studio.schedule;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

/** The studio's schedule. */
public interface ClassSessions extends JpaRepository<ClassSessionEntity, Long> {

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

  /** A venue's classes starting in {@code [from, until)}, ordered by start and then id. */
  @Query(
      "select s from ClassSessionEntity s where s.venue.id = :venueId"
          + " and s.startsAt >= :from and s.startsAt < :until order by s.startsAt, s.id")
  Page<ClassSessionEntity> findStarting(Long venueId, Instant from, Instant until, Pageable page);
}
