package io.github.aggregatorsdk.classpass.example.studio.classpass;

import io.github.aggregatorsdk.classpass.example.studio.bookings.BookingState;
import io.github.aggregatorsdk.classpass.example.studio.bookings.Bookings;
import io.github.aggregatorsdk.classpass.example.studio.bookings.Bookings.BookedSpot;
import io.github.aggregatorsdk.classpass.example.studio.bookings.Bookings.StateCount;
import io.github.aggregatorsdk.classpass.example.studio.bookings.Channel;
import io.github.aggregatorsdk.classpass.example.studio.schedule.ClassSessions;
import io.github.aggregatorsdk.classpass.example.studio.schedule.ClassSessions.Row;
import io.github.aggregatorsdk.classpass.example.studio.schedule.ClassSessions.SpotRow;
import io.github.aggregatorsdk.classpass.example.studio.schedule.ClassSessions.TeacherRow;
import io.github.aggregatorsdk.classpass.example.studio.studio.VenueEntity;
import io.github.aggregatorsdk.classpass.example.studio.studio.Venues;
import io.github.aggregatorsdk.classpass.spi.Activity;
import io.github.aggregatorsdk.classpass.spi.ClassPassSettings;
import io.github.aggregatorsdk.classpass.spi.ClassSession;
import io.github.aggregatorsdk.classpass.spi.ClassSessionRepository;
import io.github.aggregatorsdk.classpass.spi.Instructor;
import io.github.aggregatorsdk.classpass.spi.Occupancy;
import io.github.aggregatorsdk.classpass.spi.Page;
import io.github.aggregatorsdk.classpass.spi.PageRequest;
import io.github.aggregatorsdk.classpass.spi.Spot;
import io.github.aggregatorsdk.classpass.spi.StudioRoom;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The studio's schedule for the SDK, each class with its occupancy counted from the bookings of
 * every channel. Inside the SDK's per-class transaction the counts run through the same
 * EntityManager as the booking writes, which are flushed first, so they include them.
 *
 * <p>The SDK reads a class on every reservation, inside the class's row lock (and builds the
 * change it queues for ClassPass from that read with the booking applied: these counts follow the
 * booking writes exactly, as {@link ClassSessionRepository#occupancyFollowsBookingWrites()} assumes
 * and the SPI contract test checks); so a class is read as plain values with a fixed number of
 * queries — the class with its activity, venue and room in one, its teachers, its layout, its
 * occupancy, and the taken spots only when it has a layout — rather than as entities whose lazy
 * associations each cost a query and stay tracked until the transaction ends.
 */
@Component
@Transactional(readOnly = true)
class JpaClassSessionRepository implements ClassSessionRepository {

  private final ClassSessions sessions;
  private final Venues venues;
  private final Bookings bookings;

  JpaClassSessionRepository(ClassSessions sessions, Venues venues, Bookings bookings) {
    this.sessions = sessions;
    this.venues = venues;
    this.bookings = bookings;
  }

  @Override
  public Optional<ClassSession> findById(String sessionId) {
    return Ids.parse(sessionId)
        .flatMap(sessions::findRow)
        .map(row -> toSessions(List.of(row)).get(0));
  }

  @Override
  public Page<ClassSession> findByVenue(
      String partnerId, String venueId, LocalDate from, LocalDate to, PageRequest page) {
    Optional<VenueEntity> venue =
        Ids.parse(partnerId)
            .flatMap(
                partner ->
                    Ids.parse(venueId).flatMap(id -> venues.findByIdAndPartnerId(id, partner)));
    if (venue.isEmpty()) {
      return new Page<>(List.of(), 0, page);
    }
    // Whole days in the venue's zone: from its first midnight up to the midnight after `to`.
    ZoneId zone = venue.get().getZone();
    return Paging.page(
        page,
        pageable ->
            sessions.findRowsStarting(
                venue.get().getId(),
                from.atStartOfDay(zone).toInstant(),
                to.plusDays(1).atStartOfDay(zone).toInstant(),
                pageable),
        this::toSessions);
  }

  /** Maps classes, reading the teachers, layouts and bookings of all of them in a few queries. */
  private List<ClassSession> toSessions(List<Row> rows) {
    if (rows.isEmpty()) {
      return List.of();
    }
    List<Long> ids = rows.stream().map(Row::id).toList();
    boolean one = ids.size() == 1;
    Map<Long, List<Instructor>> teachers =
        (one ? sessions.findTeacherRows(ids.get(0)) : sessions.findTeacherRowsIn(ids)).stream()
            .collect(
                Collectors.groupingBy(
                    TeacherRow::sessionId,
                    Collectors.mapping(
                        JpaClassSessionRepository::toInstructor, Collectors.toList())));
    Map<Long, List<Spot>> layouts =
        (one ? sessions.findSpotRows(ids.get(0)) : sessions.findSpotRowsIn(ids)).stream()
            .collect(
                Collectors.groupingBy(
                    SpotRow::sessionId,
                    Collectors.mapping(
                        spot -> new Spot(spot.label(), spot.x(), spot.y()), Collectors.toList())));
    Map<Long, List<StateCount>> counts =
        (one ? bookings.countStates(ids.get(0)) : bookings.countStatesIn(ids)).stream()
            .collect(Collectors.groupingBy(StateCount::sessionId));
    // Only a class with a layout has spots to take.
    Collection<Long> withLayout = layouts.keySet();
    Map<Long, Set<String>> taken =
        withLayout.isEmpty()
            ? Map.of()
            : (one ? bookings.findBookedSpots(ids.get(0)) : bookings.findBookedSpotsIn(withLayout))
                .stream()
                    .filter(spot -> BookingState.HOLDING_A_SPOT.contains(spot.status()))
                    .collect(
                        Collectors.groupingBy(
                            BookedSpot::sessionId,
                            Collectors.mapping(BookedSpot::label, Collectors.toSet())));
    return rows.stream()
        .map(
            row ->
                toSession(
                    row,
                    teachers.getOrDefault(row.id(), List.of()),
                    layouts.getOrDefault(row.id(), List.of()),
                    counts.getOrDefault(row.id(), List.of()),
                    taken.getOrDefault(row.id(), Set.of())))
        .toList();
  }

  private static ClassSession toSession(
      Row row,
      List<Instructor> teachers,
      List<Spot> layout,
      List<StateCount> counts,
      Set<String> takenLabels) {
    ZoneId zone = ZoneId.of(row.timeZone());
    int held = 0;
    int heldThroughClassPass = 0;
    // A booking made or cancelled changes the class for ClassPass too (its availability).
    Instant lastUpdated = row.updatedAt();
    for (StateCount count : counts) {
      if (count.holdSpots()) {
        held += count.count().intValue();
        if (count.channel() == Channel.CLASSPASS) {
          heldThroughClassPass += count.count().intValue();
        }
      }
      if (count.lastChange().isAfter(lastUpdated)) {
        lastUpdated = count.lastChange();
      }
    }
    Occupancy occupancy =
        counts.isEmpty() ? Occupancy.EMPTY : new Occupancy(held, heldThroughClassPass, takenLabels);
    return ClassSession.builder()
        .id(Ids.format(row.id()))
        .partnerId(Ids.format(row.partnerId()))
        .venueId(Ids.format(row.venueId()))
        .activity(toActivity(row))
        .name(row.name())
        .start(row.startsAt().atZone(zone))
        .end(row.endsAt().atZone(zone))
        .capacity(row.capacity())
        .occupancy(occupancy)
        .teachers(teachers)
        .room(toRoom(row))
        .layout(layout)
        .bookableFrom(atZone(row.bookableFrom(), zone))
        .bookableUntil(atZone(row.bookableUntil(), zone))
        .lateCancelWindow(Duration.ofMinutes(row.lateCancelMinutes()))
        .cancelled(row.cancelled())
        .lastUpdated(lastUpdated)
        .build();
  }

  private static Activity toActivity(Row row) {
    ClassPassSettings classPass =
        new ClassPassSettings(
            row.classPassAllowed(),
            row.classPassSpotLimit() == null
                ? OptionalInt.empty()
                : OptionalInt.of(row.classPassSpotLimit()),
            Optional.ofNullable(row.classPassReleaseMinutes()).map(Duration::ofMinutes));
    return new Activity(
        Ids.format(row.activityId()),
        row.activityName(),
        row.activityDescription(),
        classPass,
        row.activityUpdatedAt());
  }

  private static Instructor toInstructor(TeacherRow teacher) {
    return new Instructor(
        Ids.format(teacher.id()),
        teacher.firstName(),
        teacher.lastName(),
        teacher.displayName(),
        List.of(),
        teacher.updatedAt());
  }

  private static StudioRoom toRoom(Row row) {
    return row.roomId() == null
        ? null
        : new StudioRoom(Ids.format(row.roomId()), row.roomName(), row.roomUpdatedAt());
  }

  private static ZonedDateTime atZone(Instant instant, ZoneId zone) {
    return instant == null ? null : instant.atZone(zone);
  }
}
