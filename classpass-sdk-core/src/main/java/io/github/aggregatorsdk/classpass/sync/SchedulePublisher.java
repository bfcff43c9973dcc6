package io.github.aggregatorsdk.classpass.sync;

import io.github.aggregatorsdk.classpass.booking.AvailabilityCalculator;
import io.github.aggregatorsdk.classpass.mapping.PreflightCheck;
import io.github.aggregatorsdk.classpass.mapping.PublishProblemListener;
import io.github.aggregatorsdk.classpass.mapping.internal.ScheduleMapper;
import io.github.aggregatorsdk.classpass.model.Schedule;
import io.github.aggregatorsdk.classpass.spi.ClassSession;
import io.github.aggregatorsdk.classpass.spi.PartnerDirectory;
import io.github.aggregatorsdk.classpass.spi.VenueProfile;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decides what ClassPass gets for one session: the mapped schedule, or nothing and a report of
 * the pre-flight problems. Shared by the incremental sync and the full resync. Thread-safe.
 */
final class SchedulePublisher {

  private static final Logger LOG = LoggerFactory.getLogger(SchedulePublisher.class);

  private final PartnerDirectory partners;
  private final PublishProblemListener problems;
  private final ScheduleMapper mapper;
  private final PreflightCheck preflight = new PreflightCheck();

  SchedulePublisher(PartnerDirectory partners, PublishProblemListener problems, Clock clock) {
    this.partners = partners;
    this.problems = problems;
    this.mapper = new ScheduleMapper(new AvailabilityCalculator(clock), clock);
  }

  /** The mapper's clock: read it before reading the sessions to publish. */
  Instant now() {
    return mapper.now();
  }

  /**
   * The schedule for a session whose venue is looked up in the directory.
   *
   * @param readAt {@link #now()} taken before the session was read
   */
  Optional<Schedule> publishable(ClassSession session, Instant readAt) {
    return publishable(
        session, partners.findVenue(session.partnerId(), session.venueId()).orElse(null), readAt);
  }

  /**
   * The schedule for a session, or empty when the pre-flight check finds problems; those are
   * reported when the session's activity is offered to ClassPass (staff care why an offered class
   * is missing, not why one they never offered is), and logged at DEBUG otherwise.
   *
   * @param venue the session's venue; null when the directory has none
   * @param readAt {@link #now()} taken before the session was read
   */
  Optional<Schedule> publishable(ClassSession session, VenueProfile venue, Instant readAt) {
    List<String> reasons = preflight.problems(session, venue);
    if (reasons.isEmpty()) {
      try {
        return Optional.of(mapper.toSchedule(session, readAt));
      } catch (RuntimeException e) {
        LOG.atWarn().addKeyValue("classpass.schedule_id", session.id())
            .log("session {} could not be mapped to a schedule ({}); nothing pushed",
                session.id(), e.getClass().getName());
        return Optional.empty();
      }
    }
    if (!session.activity().classPass().allowed()) {
      LOG.debug("session {} (not offered to ClassPass) cannot be published: {}",
          session.id(), reasons);
      return Optional.empty();
    }
    LOG.atInfo().addKeyValue("classpass.schedule_id", session.id())
        .log("session {} cannot be published to ClassPass: {}", session.id(), reasons);
    try {
      problems.unpublishable(session.id(), reasons);
    } catch (RuntimeException e) {
      LOG.atWarn().addKeyValue("classpass.schedule_id", session.id())
          .log("publish problem listener failed for session {} with {}",
              session.id(), e.getClass().getName());
    }
    return Optional.empty();
  }
}
