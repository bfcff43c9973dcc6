package io.github.aggregatorsdk.classpass.example.studio.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.aggregatorsdk.classpass.example.studio.StudioAppTest;
import io.github.aggregatorsdk.classpass.example.studio.StudioFixture;
import io.github.aggregatorsdk.classpass.example.studio.schedule.ClassSessionEntity;
import io.github.aggregatorsdk.classpass.example.studio.simulator.ClassPassSimulator;
import io.github.aggregatorsdk.classpass.example.studio.simulator.ReceivedCall;
import io.github.aggregatorsdk.classpass.example.studio.studio.VenueEntity;
import io.github.aggregatorsdk.classpass.example.studio.studio.Venues;
import io.github.aggregatorsdk.classpass.ops.ClassPassOperations;
import io.github.aggregatorsdk.classpass.ops.DeadLetterSummary;
import io.github.aggregatorsdk.classpass.ops.ResyncProgress;
import io.github.aggregatorsdk.classpass.spi.PageRequest;
import io.github.aggregatorsdk.classpass.spring.ClassPassProperties;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Settings ▸ ClassPass: the ids to give ClassPass and their registration, register and resync
 * reaching the simulated ClassPass, and dead letters requeued or discarded.
 */
@StudioAppTest
class ClassPassSettingsPageTest {

  @Autowired StudioFixture studio;
  @Autowired ClassPassSimulator simulator;
  @Autowired ClassPassOperations operations;
  @Autowired StaffDesk desk;
  @Autowired Venues venues;
  @Autowired ClassPassProperties properties;

  @Test
  void showsThePartnerAndVenueIdsThatThePartnerApiListsAndClassPassWasSent() throws Exception {
    VenueEntity venue = venues.findAll().get(0);
    String partnerId = String.valueOf(venue.getPartner().getId());
    String venueId = String.valueOf(venue.getId());

    String page = studio.get("/settings/classpass").body();

    assertThat(page)
        .contains("<code class=\"partner-id\">" + partnerId + "</code>")
        .contains("<code class=\"venue-id\">" + venueId + "</code>")
        .contains("Harbor Light Yoga Seaport");
    JsonNode listed = StudioFixture.read(partnerApi("/partners").body());
    assertThat(listed.findValuesAsText("partner_id")).contains(partnerId);
    JsonNode venuesListed = StudioFixture.read(partnerApi("/partners/" + partnerId + "/venues")
        .body());
    assertThat(venuesListed.findValuesAsText("venue_id")).contains(venueId);
    // They reached ClassPass with the same ids: the demo data registered its new venue.
    await().atMost(Duration.ofSeconds(30)).until(() -> simulator.received().stream()
        .filter(call -> call.path().endsWith("/v1/inventory/venues"))
        .anyMatch(call -> StudioFixture.read(call.body()).findValuesAsText("venue_id")
            .contains(venueId)));
    await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
        assertThat(studio.get("/settings/classpass").body())
            .contains("<code class=\"venue-id\">" + venueId + "</code><td>registered "));
  }

  @Test
  void showsTheLastCallsFromClassPass() throws Exception {
    assertThat(partnerApi("/partners").statusCode()).isEqualTo(200);

    String page = studio.get("/settings/classpass").body();

    assertThat(page).contains("<td><code>GET /partners</code><td>");
  }

  private HttpResponse<String> partnerApi(String path) throws Exception {
    return HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(URI.create(
                studio.baseUrl() + properties.getPartnerApi().getBasePath() + path))
            .header("Authorization", "Bearer " + properties.getPartnerApi().getToken())
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void registerSendsEveryPartnerAndVenueToClassPass() {
    int before = calls("/v1/inventory/venues");

    HttpResponse<String> registered = studio.staffPost("/staff/classpass/register");

    assertThat(registered.statusCode()).isEqualTo(303);
    assertThat(studio.follow(registered).body()).contains("Registration of ", " queued");
    await().atMost(Duration.ofSeconds(30))
        .until(() -> calls("/v1/inventory/venues") > before && calls("/v1/inventory/partners") > 0);
  }

  @Test
  void resyncPushesEveryClassAndShowsItsProgress() throws Exception {
    ClassSessionEntity session = studio.newClass(9, 2); // never pushed: made without an event
    assertThat(studio.pushedSchedules(session.getId())).isEmpty();

    HttpResponse<String> started = studio.staffPost("/staff/classpass/resync");

    assertThat(started.statusCode()).isEqualTo(303);
    assertThat(studio.follow(started).body()).contains("Resync of every venue");
    assertThat(operations.currentResync().orElseThrow().await(Duration.ofSeconds(60))).isTrue();
    ResyncProgress done = operations.currentResync().orElseThrow().progress();
    assertThat(done.state()).isEqualTo(ResyncProgress.State.DONE);
    assertThat(done.done()).isPositive().isEqualTo(done.total());
    assertThat(studio.get("/settings/classpass").body())
        .contains("Resync of every venue: done · " + done.done() + " of " + done.total());
    assertThat(studio.pushedSchedules(session.getId()))
        .last()
        .satisfies(schedule -> assertThat(schedule.get("available_spots").asInt()).isEqualTo(2));
  }

  @Test
  void deadLetterRequeuedFromThePageReachesClassPassWithTheCurrentState() {
    ClassSessionEntity session = studio.newClass(10, 3);
    studio.deadLetterNextUpdate(session.getId(), () -> desk.changeCapacity(session.getId(), 11));
    DeadLetterSummary letter = awaitDeadLetter(session);
    desk.changeCapacity(session.getId(), 12); // meanwhile; requeue sends what is current then
    String page = studio.get("/settings/classpass").body();
    assertThat(page).contains("schedule:" + session.getId(), "requeue all");

    HttpResponse<String> requeued =
        studio.staffPost("/staff/classpass/dead-letters/" + letter.eventId() + "/requeue");

    assertThat(requeued.statusCode()).isEqualTo(303);
    assertThat(studio.follow(requeued).body())
        .contains("Requeued: the current state is on its way to ClassPass");
    assertThat(studio.pushedSchedules(session.getId()))
        .last()
        .satisfies(schedule -> assertThat(schedule.get("total_spots").asInt()).isEqualTo(12));
    assertThat(deadLettersOf(session)).isEmpty();
  }

  @Test
  void discardedDeadLetterIsGoneAndNothingIsSent() {
    ClassSessionEntity session = studio.newClass(10, 3);
    studio.deadLetterNextUpdate(session.getId(), () -> desk.changeCapacity(session.getId(), 8));
    DeadLetterSummary letter = awaitDeadLetter(session);

    HttpResponse<String> discarded =
        studio.staffPost("/staff/classpass/dead-letters/" + letter.eventId() + "/discard");

    assertThat(discarded.statusCode()).isEqualTo(303);
    assertThat(studio.follow(discarded).body()).contains("Discarded");
    assertThat(deadLettersOf(session)).isEmpty();
    assertThat(studio.get("/settings/classpass").body()).doesNotContain(letter.eventId());
    assertThat(studio.staffPost("/staff/classpass/dead-letters/" + letter.eventId() + "/discard")
        .statusCode()).isEqualTo(303);
  }

  private DeadLetterSummary awaitDeadLetter(ClassSessionEntity session) {
    await().atMost(Duration.ofSeconds(30)).until(() -> !deadLettersOf(session).isEmpty());
    return deadLettersOf(session).get(0);
  }

  private List<DeadLetterSummary> deadLettersOf(ClassSessionEntity session) {
    return operations.deadLetters(PageRequest.first(500)).items().stream()
        .filter(letter -> letter.key().equals("schedule:" + session.getId()))
        .toList();
  }

  private int calls(String pathEnd) {
    return (int) simulator.received().stream()
        .map(ReceivedCall::path)
        .filter(path -> path.endsWith(pathEnd))
        .count();
  }
}
