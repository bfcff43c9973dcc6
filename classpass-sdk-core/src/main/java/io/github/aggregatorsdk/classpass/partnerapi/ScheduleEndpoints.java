package io.github.aggregatorsdk.classpass.partnerapi;

import io.github.aggregatorsdk.classpass.model.ReservationStatus;
import io.github.aggregatorsdk.classpass.booking.AttendanceService;
import io.github.aggregatorsdk.classpass.booking.ReservationState;
import io.github.aggregatorsdk.classpass.model.internal.Attendance;
import io.github.aggregatorsdk.classpass.model.internal.AttendanceList;
import io.github.aggregatorsdk.classpass.model.internal.ScheduleList;
import io.github.aggregatorsdk.classpass.spi.ClassSession;
import io.github.aggregatorsdk.classpass.spi.ClassSessionRepository;
import io.github.aggregatorsdk.classpass.spi.Page;
import io.github.aggregatorsdk.classpass.spi.PageRequest;
import io.github.aggregatorsdk.classpass.spi.VenueProfile;
import io.github.aggregatorsdk.classpass.mapping.PreflightCheck;
import io.github.aggregatorsdk.classpass.mapping.internal.ScheduleMapper;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code GET …/schedules} and {@code GET …/schedules/{schedule_id}/attendance}.
 *
 * <p>Schedules lists only the sessions ClassPass may see: activity open to ClassPass and no {@link
 * PreflightCheck} problem. Because that filter runs here, not in the host's query, the host's pages
 * cannot be ClassPass's pages: every host page of the (bounded) date range is read in turn,
 * listable sessions are counted for {@code total_pages}, and only those of the page asked for are
 * kept and mapped. Memory stays bounded by one host page and one answer page; time by the range's
 * length. A session that changes between two host pages may be counted in neither or both, as with
 * any paging over live data.
 */
final class ScheduleEndpoints {

  /** How many sessions are read from the host per call while scanning a date range. */
  static final int HOST_PAGE_SIZE = 200;

  private static final Logger LOG = LoggerFactory.getLogger(ScheduleEndpoints.class);

  private final ClassSessionRepository sessions;
  private final AttendanceService attendance;
  private final ScheduleMapper mapper;
  private final PreflightCheck preflight;

  ScheduleEndpoints(
      ClassSessionRepository sessions,
      AttendanceService attendance,
      ScheduleMapper mapper,
      PreflightCheck preflight) {
    this.sessions = sessions;
    this.attendance = attendance;
    this.mapper = mapper;
    this.preflight = preflight;
  }

  ScheduleList schedules(VenueProfile venue, QueryParameters.DateRange range, PageRequest request) {
    long skip = request.offset();
    // Before the first read: a state read before a change must never carry a later time.
    Instant readAt = mapper.now();
    List<ClassSession> kept = new ArrayList<>();
    long listable = 0;
    PageRequest hostRequest = PageRequest.first(HOST_PAGE_SIZE);
    long hostPages = 1;
    while (hostRequest.page() <= hostPages) {
      Page<ClassSession> hostPage =
          sessions.findByVenue(
              venue.partnerId(), venue.id(), range.from(), range.to(), hostRequest);
      if (hostRequest.page() == 1) {
        hostPages = hostPage.totalPages();
      }
      for (ClassSession session : hostPage.items()) {
        if (listable(session, venue)) {
          if (listable >= skip && kept.size() < request.size()) {
            kept.add(session);
          }
          listable++;
        }
      }
      if (hostPage.items().isEmpty()) {
        break;
      }
      hostRequest = hostRequest.next();
    }
    return new ScheduleList(
        kept.stream().map(session -> mapper.toSchedule(session, readAt)).toList(), Paging.pagination(request, listable));
  }

  AttendanceList attendance(
      String partnerId, String venueId, String scheduleId, PageRequest request) {
    ClassSession session =
        sessions
            .findById(scheduleId)
            .filter(found -> found.partnerId().equals(partnerId))
            .filter(found -> found.venueId().equals(venueId))
            .orElseThrow(
                () -> Rejection.notFound("the venue has no schedule with this schedule_id"));
    List<ReservationState> states = attendance.attendance(session);
    Page<ReservationState> page = Page.of(states, request);
    ZoneId zone = session.start().getZone();
    return new AttendanceList(
        page.items().stream().map(state -> attendance(state, zone)).toList(),
        Paging.pagination(request, states.size()));
  }

  private boolean listable(ClassSession session, VenueProfile venue) {
    if (!session.activity().classPass().allowed()) {
      return false;
    }
    List<String> problems = preflight.problems(session, venue);
    if (!problems.isEmpty()) {
      LOG.debug("schedule {} not listed to ClassPass: {}", session.id(), problems);
      return false;
    }
    return true;
  }

  private static Attendance attendance(ReservationState state, ZoneId zone) {
    return new Attendance(
        state.booking().classPassUserId(),
        state.booking().reservationId(),
        state.booking().spotLabel(),
        ReservationStatus.valueOf(state.status().name()),
        state.lastUpdated().truncatedTo(ChronoUnit.MICROS).atZone(zone).toOffsetDateTime());
  }
}
