package io.github.aggregatorsdk.classpass.example.studio.staff;

import io.github.aggregatorsdk.classpass.example.studio.schedule.Activities;
import io.github.aggregatorsdk.classpass.example.studio.schedule.ActivityEntity;
import io.github.aggregatorsdk.classpass.example.studio.schedule.AggregatorSettings;
import io.github.aggregatorsdk.classpass.example.studio.schedule.ClassSessions;
import io.github.aggregatorsdk.classpass.spring.ClassSessionChangedEvent;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.NoSuchElementException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What an activity offers to ClassPass, as staff set it: whether aggregators may book it, the cap
 * on ClassPass spots per class, and the minutes before start from which every free spot is
 * offered. The rules live on the activity, so one change applies to all its classes; ClassPass
 * hears the new availability of every class of the activity that has not ended, from the same
 * transaction.
 */
@Service
public class ActivityRules {

  /** More spots than any studio class has; a typo like 5000 is refused rather than stored. */
  static final int MAX_SPOT_LIMIT = 999;

  /** A week: releasing spots earlier than that is not a release window any more. */
  static final int MAX_RELEASE_MINUTES = 7 * 24 * 60;

  private final Activities activities;
  private final ClassSessions sessions;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  ActivityRules(
      Activities activities,
      ClassSessions sessions,
      ApplicationEventPublisher events,
      Clock clock) {
    this.activities = activities;
    this.sessions = sessions;
    this.events = events;
    this.clock = clock;
  }

  /**
   * Changes an activity's ClassPass rules and tells ClassPass about each of its classes that has
   * not ended.
   *
   * @param spotLimit at most this many ClassPass spots per class; null for no cap but capacity
   * @param releaseMinutes from this many minutes before start every free spot is offered; null
   *     for never
   * @return how many classes ClassPass hears of
   * @throws NoSuchElementException when there is no such activity
   * @throws StaffActionRefused when a number is out of range
   */
  @Transactional
  public int change(long activityId, boolean allowed, Integer spotLimit, Integer releaseMinutes) {
    if (spotLimit != null && (spotLimit < 0 || spotLimit > MAX_SPOT_LIMIT)) {
      throw new BadStaffInput(
          "the ClassPass spot limit must be empty (no limit) or a whole number from 0 to "
              + MAX_SPOT_LIMIT);
    }
    if (releaseMinutes != null && (releaseMinutes < 0 || releaseMinutes > MAX_RELEASE_MINUTES)) {
      throw new BadStaffInput(
          "the release of all spots must be empty (never) or a whole number of minutes from 0 to "
              + MAX_RELEASE_MINUTES);
    }
    ActivityEntity activity =
        activities
            .findById(activityId)
            .orElseThrow(() -> new NoSuchElementException("no activity " + activityId));
    Instant now = clock.instant();
    activity.changeAggregators(new AggregatorSettings(allowed, spotLimit, releaseMinutes), now);
    activities.flush(); // the starter reads the classes through queries that must see the change
    List<Long> affected = sessions.findIdsNotEndedOfActivity(activityId, now);
    for (Long sessionId : affected) {
      events.publishEvent(ClassSessionChangedEvent.changed(String.valueOf(sessionId)));
    }
    return affected.size();
  }
}
