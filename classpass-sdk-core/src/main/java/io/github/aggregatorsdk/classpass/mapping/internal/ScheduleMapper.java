package io.github.aggregatorsdk.classpass.mapping.internal;

import io.github.aggregatorsdk.classpass.booking.Availability;
import io.github.aggregatorsdk.classpass.booking.AvailabilityCalculator;
import io.github.aggregatorsdk.classpass.model.Image;
import io.github.aggregatorsdk.classpass.model.Room;
import io.github.aggregatorsdk.classpass.model.Schedule;
import io.github.aggregatorsdk.classpass.model.ScheduleClass;
import io.github.aggregatorsdk.classpass.model.SpotPosition;
import io.github.aggregatorsdk.classpass.model.Teacher;
import io.github.aggregatorsdk.classpass.spi.ClassSession;
import io.github.aggregatorsdk.classpass.spi.ImageRef;
import io.github.aggregatorsdk.classpass.spi.Instructor;
import io.github.aggregatorsdk.classpass.spi.StudioRoom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;

/**
 * Turns a host's class session into the contract's {@link Schedule}, with the ClassPass
 * availability of the moment it is read. Thread-safe.
 *
 * <ul>
 *   <li>Date-times carry the offset of the session's time zone at that instant; bookable windows
 *       are local date-times in that zone, absent when the host set none.
 *   <li>{@code total_spots} is the capacity, {@code available_spots} and {@code
 *       available_spot_labels} come from the booking rules ({@link AvailabilityCalculator}).
 *   <li>{@code late_cancel_window} is always written ({@code 00:00} for "never late").
 *   <li>{@code last_updated} is the moment the state was read, never earlier than the host's own
 *       {@link ClassSession#lastUpdated()}: availability also changes with time alone (a release
 *       window opens, the class starts), and a later read must always order after an earlier one.
 *       Take that moment <em>before</em> reading the session ({@link #now()}) and pass it to
 *       {@link #toSchedule(ClassSession, Instant)}: a read that started before a change then
 *       always orders before the read made after it, however long it took. Taken after the read,
 *       a slow read of the old state could carry a later time than the new state's and replace it.
 * </ul>
 *
 * <p>The mapper does not decide whether a session may be published; see {@link PreflightCheck}.
 */
public final class ScheduleMapper {

  private final AvailabilityCalculator availability;
  private final Clock clock;

  /**
   * A mapper that computes availability with the given calculator and reads "now" from the clock.
   *
   * @param availability the booking rules' availability; never null
   * @param clock the clock; never null
   */
  public ScheduleMapper(AvailabilityCalculator availability, Clock clock) {
    this.availability = Objects.requireNonNull(availability, "availability");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * The session as ClassPass should see it now.
   *
   * @param session the session with its current occupancy; never null, with a non-null activity
   *     name (see {@link PreflightCheck})
   * @return the schedule; never null
   */
  public Schedule toSchedule(ClassSession session) {
    return toSchedule(session, now());
  }

  /**
   * The session as ClassPass should see it at {@code readAt}: its availability then, and {@code
   * last_updated} {@code readAt} (or the session's own {@link ClassSession#lastUpdated()} when
   * later).
   *
   * @param session the session with its occupancy; never null, with a non-null activity name
   * @param readAt {@link #now()} taken just before the session was read from the host; never null
   * @return the schedule; never null
   */
  public Schedule toSchedule(ClassSession session, Instant readAt) {
    Objects.requireNonNull(session, "session");
    Objects.requireNonNull(readAt, "readAt");
    return toSchedule(session, availability.availability(session, readAt), readAt);
  }

  /**
   * The mapper's clock: take it before reading the sessions to map.
   *
   * @return the current instant; never null
   */
  public Instant now() {
    return clock.instant();
  }

  private Schedule toSchedule(ClassSession session, Availability spots, Instant now) {
    ZoneId zone = session.start().getZone();
    Instant lastUpdated = latest(now, session.lastUpdated());
    return new Schedule(
        session.id(),
        session.partnerId(),
        session.venueId(),
        session.start().toOffsetDateTime(),
        session.end().withZoneSameInstant(zone).toOffsetDateTime(),
        new ScheduleClass(
            session.activity().id(),
            session.activity().name(),
            session.activity().description(),
            at(session.activity().lastUpdated(), zone)),
        session.name(),
        session.teachers().stream().map(teacher -> teacher(teacher, zone)).toList(),
        room(session.room(), zone),
        null,
        null,
        session.capacity(),
        spots.spots(),
        session.hasLayout(),
        session.layout().stream()
            .map(spot -> new SpotPosition(spot.x(), spot.y(), spot.label()))
            .toList(),
        spots.freeSpotLabels(),
        local(session.bookableFrom(), zone),
        local(session.bookableUntil(), zone),
        session.lateCancelWindow(),
        session.cancelled(),
        at(lastUpdated, zone));
  }

  private static Teacher teacher(Instructor instructor, ZoneId zone) {
    return new Teacher(
        instructor.id(),
        instructor.firstName(),
        instructor.lastName(),
        displayName(instructor),
        images(instructor.images()),
        at(instructor.lastUpdated(), zone));
  }

  private static String displayName(Instructor instructor) {
    if (instructor.displayName() != null && !instructor.displayName().isBlank()) {
      return instructor.displayName();
    }
    String joined =
        String.join(
                " ",
                Objects.requireNonNullElse(instructor.firstName(), ""),
                Objects.requireNonNullElse(instructor.lastName(), ""))
            .trim();
    return joined.isEmpty() ? null : joined;
  }

  private static Room room(StudioRoom room, ZoneId zone) {
    return room == null ? null : new Room(room.id(), room.name(), at(room.lastUpdated(), zone));
  }

  /** Maps host images to the wire shape; shared with partner and venue mapping. */
  static List<Image> images(List<ImageRef> images) {
    return images.stream().map(image -> new Image(image.width(), image.height(), image.url())).toList();
  }

  private static LocalDateTime local(ZonedDateTime time, ZoneId zone) {
    return time == null
        ? null
        : time.withZoneSameInstant(zone).toLocalDateTime().truncatedTo(ChronoUnit.SECONDS);
  }

  private static Instant latest(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
  }

  private static OffsetDateTime at(Instant instant, ZoneId zone) {
    return instant.truncatedTo(ChronoUnit.MICROS).atZone(zone).toOffsetDateTime();
  }
}
