package io.github.aggregatorsdk.classpass.example.studio.classpass;

import io.github.aggregatorsdk.classpass.example.studio.bookings.BookingState;
import io.github.aggregatorsdk.classpass.example.studio.bookings.Bookings;
import io.github.aggregatorsdk.classpass.example.studio.bookings.Bookings.SpotCount;
import io.github.aggregatorsdk.classpass.example.studio.bookings.Bookings.TakenSpot;
import io.github.aggregatorsdk.classpass.example.studio.bookings.Channel;
import io.github.aggregatorsdk.classpass.example.studio.schedule.ActivityEntity;
import io.github.aggregatorsdk.classpass.example.studio.schedule.AggregatorSettings;
import io.github.aggregatorsdk.classpass.example.studio.schedule.ClassSessionEntity;
import io.github.aggregatorsdk.classpass.example.studio.schedule.ClassSessions;
import io.github.aggregatorsdk.classpass.example.studio.schedule.RoomEntity;
import io.github.aggregatorsdk.classpass.example.studio.schedule.TeacherEntity;
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
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The studio's schedule for the SDK, each class with its occupancy counted from the bookings of
 * every channel. Inside the SDK's per-class transaction the counts run through the same
 * EntityManager as the booking writes, which are flushed first, so they include them.
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
        .flatMap(sessions::findById)
        .map(session -> withOccupancy(List.of(session)).get(0));
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
    var found =
        sessions.findStarting(
            venue.get().getId(),
            from.atStartOfDay(zone).toInstant(),
            to.plusDays(1).atStartOfDay(zone).toInstant(),
            Paging.pageable(page));
    return new Page<>(withOccupancy(found.getContent()), found.getTotalElements(), page);
  }

  /** Maps a page of classes, counting the bookings of all of them in two queries. */
  private List<ClassSession> withOccupancy(List<ClassSessionEntity> page) {
    if (page.isEmpty()) {
      return List.of();
    }
    List<Long> ids = page.stream().map(ClassSessionEntity::getId).toList();
    Map<Long, SpotCount> counts =
        bookings.countSpots(ids, BookingState.HOLDING_A_SPOT, Channel.CLASSPASS).stream()
            .collect(Collectors.toMap(SpotCount::getSessionId, Function.identity()));
    Map<Long, Set<String>> taken =
        bookings.findTakenSpots(ids, BookingState.HOLDING_A_SPOT).stream()
            .collect(
                Collectors.groupingBy(
                    TakenSpot::getSessionId,
                    Collectors.mapping(TakenSpot::getLabel, Collectors.toSet())));
    return page.stream()
        .map(session -> toSession(session, counts.get(session.getId()), taken.get(session.getId())))
        .toList();
  }

  private static ClassSession toSession(
      ClassSessionEntity session, SpotCount count, Set<String> takenLabels) {
    VenueEntity venue = session.getVenue();
    ZoneId zone = venue.getZone();
    Occupancy occupancy =
        count == null
            ? Occupancy.EMPTY
            : new Occupancy(
                count.getHeld().intValue(),
                count.getHeldThroughChannel().intValue(),
                takenLabels == null ? Set.of() : takenLabels);
    // A booking made or cancelled changes the class for ClassPass too (its availability).
    Instant lastUpdated =
        count == null || count.getLastChange().isBefore(session.getUpdatedAt())
            ? session.getUpdatedAt()
            : count.getLastChange();
    return ClassSession.builder()
        .id(Ids.format(session.getId()))
        .partnerId(Ids.format(venue.getPartner().getId()))
        .venueId(Ids.format(venue.getId()))
        .activity(toActivity(session.getActivity()))
        .name(session.getName())
        .start(session.getStartsAt().atZone(zone))
        .end(session.getEndsAt().atZone(zone))
        .capacity(session.getCapacity())
        .occupancy(occupancy)
        .teachers(
            session.getTeachers().stream().map(JpaClassSessionRepository::toInstructor).toList())
        .room(toRoom(session.getRoom()))
        .layout(
            session.getSpots().stream()
                .map(spot -> new Spot(spot.getLabel(), spot.getX(), spot.getY()))
                .toList())
        .bookableFrom(atZone(session.getBookableFrom(), zone))
        .bookableUntil(atZone(session.getBookableUntil(), zone))
        .lateCancelWindow(Duration.ofMinutes(session.getLateCancelMinutes()))
        .cancelled(session.isCancelled())
        .lastUpdated(lastUpdated)
        .build();
  }

  private static Activity toActivity(ActivityEntity activity) {
    AggregatorSettings settings = activity.getAggregators();
    ClassPassSettings classPass =
        new ClassPassSettings(
            settings.isAllowed(),
            settings.getSpotLimit() == null
                ? OptionalInt.empty()
                : OptionalInt.of(settings.getSpotLimit()),
            Optional.ofNullable(settings.getReleaseAllSpotsMinutesBeforeStart())
                .map(Duration::ofMinutes));
    return new Activity(
        Ids.format(activity.getId()),
        activity.getName(),
        activity.getDescription(),
        classPass,
        activity.getUpdatedAt());
  }

  private static Instructor toInstructor(TeacherEntity teacher) {
    return new Instructor(
        Ids.format(teacher.getId()),
        teacher.getFirstName(),
        teacher.getLastName(),
        teacher.getDisplayName(),
        List.of(),
        teacher.getUpdatedAt());
  }

  private static StudioRoom toRoom(RoomEntity room) {
    return room == null
        ? null
        : new StudioRoom(Ids.format(room.getId()), room.getName(), room.getUpdatedAt());
  }

  private static ZonedDateTime atZone(Instant instant, ZoneId zone) {
    return instant == null ? null : instant.atZone(zone);
  }
}
