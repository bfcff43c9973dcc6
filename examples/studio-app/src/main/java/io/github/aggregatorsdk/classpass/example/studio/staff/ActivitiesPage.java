package io.github.aggregatorsdk.classpass.example.studio.staff;

import io.github.aggregatorsdk.classpass.example.studio.schedule.Activities;
import io.github.aggregatorsdk.classpass.example.studio.schedule.ActivityEntity;
import io.github.aggregatorsdk.classpass.example.studio.schedule.AggregatorSettings;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Objects;
import org.springframework.data.domain.Sort;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The activity rules page at {@code /activities}: for each activity, whether ClassPass may book
 * it, its ClassPass spot limit per class and the release of every free spot shortly before start.
 * Saving sends ClassPass the new availability of the activity's classes at once.
 */
@RestController
class ActivitiesPage {

  private final Activities activities;
  private final ActivityRules rules;

  ActivitiesPage(Activities activities, ActivityRules rules) {
    this.activities = activities;
    this.rules = rules;
  }

  @GetMapping(path = "/activities", produces = MediaType.TEXT_HTML_VALUE)
  String page(CsrfToken csrf, HttpServletRequest request) {
    StaffLayout layout = new StaffLayout(csrf);
    Html html = layout.start(StaffLayout.Nav.ACTIVITIES, "Activity rules");
    layout.notice(html, Flash.notice(request));
    html.add("<p class=\"muted\">The rules apply to every class of the activity. ClassPass hears"
        + " a change at once, for every class that has not ended.</p>");
    for (ActivityEntity activity : activities.findAll(Sort.by("name", "id"))) {
      render(html, layout, activity);
    }
    return StaffLayout.end(html);
  }

  private static void render(Html html, StaffLayout layout, ActivityEntity activity) {
    AggregatorSettings rules = activity.getAggregators();
    String id = "activity-" + activity.getId();
    html.add("<section id=\"%s\"><h2>%s</h2>", id, activity.getName())
        .add(layout.form("/staff/activities/" + activity.getId() + "/classpass"))
        .add("<label><input type=checkbox name=allowed value=true%s> allow bookings from"
            + " aggregators (ClassPass)</label>", rules.isAllowed() ? " checked" : "")
        .add("<label>ClassPass spot limit per class <input name=spotLimit inputmode=numeric"
            + " size=4 value=\"%s\" placeholder=\"none\"></label>",
            Objects.toString(rules.getSpotLimit(), ""))
        .add("<label>release all spots <input name=releaseMinutes inputmode=numeric size=4"
            + " value=\"%s\" placeholder=\"never\"> minutes before start</label>",
            Objects.toString(rules.getReleaseAllSpotsMinutesBeforeStart(), ""))
        .add("<button>save</button></form></section>");
  }

  @PostMapping("/staff/activities/{activityId}/classpass")
  ResponseEntity<Void> change(
      @PathVariable long activityId,
      @RequestParam(defaultValue = "false") boolean allowed,
      @RequestParam(defaultValue = "") String spotLimit,
      @RequestParam(defaultValue = "") String releaseMinutes,
      HttpServletRequest request,
      HttpServletResponse response) {
    int classes =
        rules.change(
            activityId,
            allowed,
            wholeNumber(spotLimit, "the ClassPass spot limit"),
            wholeNumber(releaseMinutes, "the minutes before start"));
    String name = activities.findById(activityId).map(ActivityEntity::getName).orElse("");
    return Flash.seeOther(
        "/activities#activity-" + activityId,
        name + ": rules saved; ClassPass hears of " + classes
            + (classes == 1 ? " class" : " classes") + " that have not ended",
        request,
        response);
  }

  /** Empty is null (no value); anything but digits is refused with a sentence for staff. */
  static Integer wholeNumber(String field, String what) {
    String value = field.strip();
    if (value.isEmpty()) {
      return null;
    }
    if (!value.matches("\\d{1,6}")) {
      throw new BadStaffInput(
          what + " must be empty or a whole number, not " + BadStaffInput.quote(value));
    }
    return Integer.valueOf(value);
  }
}
