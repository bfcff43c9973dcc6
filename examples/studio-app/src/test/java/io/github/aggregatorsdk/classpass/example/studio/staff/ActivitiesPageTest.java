package io.github.aggregatorsdk.classpass.example.studio.staff;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.aggregatorsdk.classpass.example.studio.StudioAppTest;
import io.github.aggregatorsdk.classpass.example.studio.StudioFixture;
import io.github.aggregatorsdk.classpass.example.studio.schedule.Activities;
import io.github.aggregatorsdk.classpass.example.studio.schedule.AggregatorSettings;
import io.github.aggregatorsdk.classpass.example.studio.schedule.ClassSessionEntity;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The activity rules page: a change reaches ClassPass at once for every class of the activity. */
@StudioAppTest
class ActivitiesPageTest {

  @Autowired StudioFixture studio;
  @Autowired Activities activities;

  @Test
  void lowerSpotLimitReachesClassPassForEveryClassOfTheActivity() {
    ClassSessionEntity session = studio.newClass(10, 3);
    long activity = session.getActivity().getId();

    HttpResponse<String> saved = studio.staffPost("/staff/activities/" + activity + "/classpass",
        Map.of("allowed", "true", "spotLimit", "1", "releaseMinutes", "30"));

    assertThat(saved.statusCode()).isEqualTo(303);
    assertThat(last(studio.pushedSchedules(session.getId())).get("available_spots").asInt())
        .isEqualTo(1);
    AggregatorSettings stored = activities.findById(activity).orElseThrow().getAggregators();
    assertThat(stored.getSpotLimit()).isEqualTo(1);
    assertThat(stored.getReleaseAllSpotsMinutesBeforeStart()).isEqualTo(30);
    assertThat(studio.follow(saved).body())
        .contains(session.getActivity().getName() + ": rules saved; ClassPass hears of 1 class");
  }

  @Test
  void closingAnActivityToAggregatorsLeavesClassPassNoSpot() {
    ClassSessionEntity session = studio.newClass(10, 3);

    // An unchecked checkbox is not sent at all.
    assertThat(change(session.getActivity().getId(), Map.of("spotLimit", "3")).statusCode())
        .isEqualTo(303);

    assertThat(last(studio.pushedSchedules(session.getId())).get("available_spots").asInt())
        .isZero();
  }

  @Test
  void noLimitOffersEveryFreeSpot() {
    ClassSessionEntity session = studio.newClass(7, 2);

    change(session.getActivity().getId(), Map.of("allowed", "true", "spotLimit", " "));

    assertThat(last(studio.pushedSchedules(session.getId())).get("available_spots").asInt())
        .isEqualTo(7);
  }

  @Test
  void badNumbersAreRefusedWithASentenceAndChangeNothing() {
    ClassSessionEntity session = studio.newClass(10, 3);
    long activity = session.getActivity().getId();

    HttpResponse<String> letters = change(activity, Map.of("allowed", "true", "spotLimit", "abc"));
    HttpResponse<String> negative =
        change(activity, Map.of("allowed", "true", "releaseMinutes", "-5"));
    HttpResponse<String> huge = change(activity, Map.of("allowed", "true", "spotLimit", "5000"));

    assertThat(letters.statusCode()).isEqualTo(400);
    assertThat(letters.body()).contains("ClassPass spot limit must be empty or a whole number");
    assertThat(negative.statusCode()).isEqualTo(400);
    assertThat(negative.body()).contains("minutes before start must be empty or a whole number");
    assertThat(huge.statusCode()).isEqualTo(400);
    assertThat(huge.body()).contains("from 0 to 999");
    assertThat(activities.findById(activity).orElseThrow().getAggregators().getSpotLimit())
        .isEqualTo(3);
    assertThat(change(999_999, Map.of("allowed", "true")).statusCode()).isEqualTo(404);
  }

  @Test
  void pageShowsEachActivitysRulesInItsForm() {
    String page = studio.get("/activities").body();

    assertThat(page)
        .contains("<h2>Vinyasa Flow</h2>", "<h2>Members&#39; Yin</h2>")
        .contains("name=spotLimit inputmode=numeric size=4 value=\"3\"")
        .contains("value=\"60\" placeholder=\"never\"");
  }

  /** Saves the form and, as a browser does, follows the redirect so its notice is shown. */
  private HttpResponse<String> change(long activityId, Map<String, String> fields) {
    HttpResponse<String> answer =
        studio.staffPost("/staff/activities/" + activityId + "/classpass", fields);
    if (answer.statusCode() == 303) {
      studio.follow(answer);
    }
    return answer;
  }

  private static JsonNode last(List<JsonNode> nodes) {
    assertThat(nodes).isNotEmpty();
    return nodes.get(nodes.size() - 1);
  }
}
