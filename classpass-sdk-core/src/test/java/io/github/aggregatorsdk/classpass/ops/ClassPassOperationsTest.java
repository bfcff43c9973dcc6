package io.github.aggregatorsdk.classpass.ops;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.github.aggregatorsdk.classpass.outbox.FakeClassPass.BATCH_UPDATES;
import static io.github.aggregatorsdk.classpass.ops.OpsStudio.PARTNER;
import static io.github.aggregatorsdk.classpass.ops.OpsStudio.VENUE;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.aggregatorsdk.classpass.outbox.FakeClassPass;
import io.github.aggregatorsdk.classpass.outbox.OutboxEventType;
import io.github.aggregatorsdk.classpass.spi.Activity;
import io.github.aggregatorsdk.classpass.spi.ClassPassSettings;
import io.github.aggregatorsdk.classpass.spi.PageRequest;
import io.github.aggregatorsdk.classpass.sync.SyncStudio;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Status, dead letters and registration, end to end: the in-memory host, the JDBC outbox on H2
 * and the WireMock stand-in of ClassPass.
 */
class ClassPassOperationsTest {

  private static final String PARTNERS = "/v1/inventory/partners";
  private static final String VENUES = "/v1/inventory/venues";

  @RegisterExtension static WireMockExtension classPass = FakeClassPass.server();

  private final OpsStudio host = new OpsStudio(classPass);

  @AfterEach
  void close() {
    host.close();
  }

  @Test
  void registerAllSendsPartnerAndVenueAndTheStatusShowsThemRegisteredWithTheirIds() {
    accept(PARTNERS);
    accept(VENUES);

    assertThat(host.ops().registerAll()).isEqualTo(2);
    host.deliver();

    classPass.verify(1, postRequestedFor(urlEqualTo(PARTNERS))
        .withRequestBody(matchingJsonPath("$.partner.partner_id", equalTo(PARTNER))));
    classPass.verify(1, postRequestedFor(urlEqualTo(VENUES))
        .withRequestBody(matchingJsonPath("$.venue.venue_id", equalTo(VENUE))));
    OperationsStatus status = host.ops().status();
    assertThat(status.partners()).singleElement().satisfies(partner -> {
      assertThat(partner.partnerId()).isEqualTo(PARTNER);
      assertThat(partner.name()).isEqualTo("Flow Studio");
      assertThat(partner.registration().state()).isEqualTo(Registration.State.REGISTERED);
      assertThat(partner.registration().lastSuccessAt()).isEqualTo(host.clock.instant());
      assertThat(partner.venues()).singleElement().satisfies(venue -> {
        assertThat(venue.venueId()).isEqualTo(VENUE);
        assertThat(venue.registration().state()).isEqualTo(Registration.State.REGISTERED);
      });
    });
  }

  @Test
  void theIntegrationHandsOutOneOperationsObjectAndStopsItOnClose() {
    ClassPassOperations first = host.integration.operations();

    assertThat(host.integration.operations()).isSameAs(first);
    host.integration.close();
    org.assertj.core.api.Assertions.assertThatThrownBy(first::resyncAll)
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("closed");
  }

  @Test
  void aRefusedVenueShowsAsFailedAndDeadLetteredAndRequeueSendsItAgain() {
    accept(PARTNERS);
    classPass.stubFor(post(urlEqualTo(VENUES)).willReturn(aResponse().withStatus(400)
        .withBody("{\"error\":{\"code\":400,\"name\":\"BAD_REQUEST\",\"message\":\"no\"}}")));
    host.ops().registerAll();
    host.deliver();

    VenueStatus refused = host.ops().status().partners().get(0).venues().get(0);
    assertThat(refused.registration().state()).isEqualTo(Registration.State.FAILED);
    assertThat(refused.registration().lastError()).contains("400");
    assertThat(refused.registration().deadLettered()).isTrue();
    List<DeadLetterSummary> deadLetters =
        host.ops().deadLetters(PageRequest.first(10)).items();
    assertThat(deadLetters).singleElement().satisfies(deadLetter -> {
      assertThat(deadLetter.type()).isEqualTo(OutboxEventType.VENUE);
      assertThat(deadLetter.key()).isEqualTo("venue:" + PARTNER + "/" + VENUE);
      assertThat(deadLetter.reason()).contains("400");
    });

    accept(VENUES);
    assertThat(host.ops().requeue(deadLetters.get(0).eventId()))
        .isEqualTo(RequeueOutcome.QUEUED);
    host.deliver();

    classPass.verify(2, postRequestedFor(urlEqualTo(VENUES)));
    assertThat(host.ops().deadLetters(PageRequest.first(10)).items()).isEmpty();
    Registration now = host.ops().status().partners().get(0).venues().get(0).registration();
    assertThat(now.state()).isEqualTo(Registration.State.REGISTERED);
    assertThat(now.deadLettered()).isFalse();
    assertThat(host.ops().requeue(deadLetters.get(0).eventId()))
        .isEqualTo(RequeueOutcome.NOT_FOUND);
  }

  @Test
  void requeueSendsTheClassAsItIsNowNotAsItWasWhenItFailed() {
    classPass.stubFor(post(urlEqualTo(BATCH_UPDATES)).willReturn(aResponse().withStatus(400)
        .withBody("{\"error\":{\"code\":400,\"name\":\"BAD_REQUEST\",\"message\":\"no\"}}")));
    host.add("s-1");
    host.integration.sync().sessionChanged("s-1");
    host.deliver();
    assertThat(host.ops().status().updates().deadLetters()).isEqualTo(1);

    host.clock.advance(Duration.ofMinutes(1));
    host.add("s-1", session -> session.activity(new Activity("a-1", "Yin Yoga", null,
        ClassPassSettings.offered(), Instant.parse("2026-01-01T00:00:00Z")))
        .lastUpdated(host.clock.instant()));
    classPass.resetAll();
    accept(BATCH_UPDATES);
    assertThat(host.ops().requeueAll()).isEqualTo(1);
    host.deliver();

    List<JsonNode> events = FakeClassPass.events(classPass);
    assertThat(events).singleElement()
        .satisfies(event -> assertThat(event.toString()).contains("Yin Yoga")
            .doesNotContain("Vinyasa Flow"));
    assertThat(host.ops().status().updates().deadLetters()).isZero();
  }

  @Test
  void discardRemovesADeadLetterWithoutSendingIt() {
    classPass.stubFor(post(urlEqualTo(BATCH_UPDATES)).willReturn(aResponse().withStatus(400)));
    host.add("s-1");
    host.integration.sync().sessionChanged("s-1");
    host.deliver();
    String eventId = host.ops().deadLetters(PageRequest.first(10)).items().get(0).eventId();

    assertThat(host.ops().discard(eventId)).isTrue();

    assertThat(host.ops().deadLetters(PageRequest.first(10)).totalItems()).isZero();
    assertThat(host.ops().discard(eventId)).isFalse();
    classPass.verify(1, postRequestedFor(urlEqualTo(BATCH_UPDATES)));
  }

  @Test
  void pendingUpdatesAndTheAgeOfTheOldestShowUntilDelivered() {
    host.add("s-1");
    host.add("s-2");
    host.integration.sync().sessionChanged("s-1");
    host.clock.advance(Duration.ofMinutes(2));
    host.integration.sync().sessionChanged("s-2");
    host.clock.advance(Duration.ofMinutes(3));

    PendingUpdates waiting = host.ops().status().updates();
    assertThat(waiting.pending()).isEqualTo(2);
    assertThat(waiting.oldestAge()).isEqualTo(Duration.ofMinutes(5));

    accept(BATCH_UPDATES);
    host.deliver();
    PendingUpdates delivered = host.ops().status().updates();
    assertThat(delivered.pending()).isZero();
    assertThat(delivered.oldestAge()).isZero();
    assertThat(delivered.oldestQueuedAt()).isNull();
  }

  @Test
  void theLastCallFromClassPassIsShownPerEndpointWithItsStatus() {
    assertThat(host.ops().status().inboundCalls()).isEmpty();

    host.call("GET", "/partners", OpsStudio.PARTNER_API_TOKEN);
    host.clock.advance(Duration.ofMinutes(1));
    host.call("GET", "/partners", OpsStudio.PARTNER_API_TOKEN);
    host.call("GET", "/partners/" + PARTNER + "/venues", "wrong-token-123456");
    host.call("GET", "/nowhere", OpsStudio.PARTNER_API_TOKEN);

    assertThat(host.ops().status().inboundCalls()).containsExactly(
        new InboundCall("GET /partners", host.clock.instant(), 200, 2),
        new InboundCall("GET /partners/{partner_id}/venues", host.clock.instant(), 401, 1));
  }

  @Test
  void aHostsOwnAnsweredCallListenerHearsCallsAndTheStatusStillDoes() {
    List<String> heard = new java.util.concurrent.CopyOnWriteArrayList<>();
    try (OpsStudio withListener = new OpsStudio(classPass, builder -> builder.partnerApi(
        handler -> handler.answeredCallListener((endpoint, status) -> heard.add(endpoint))))) {

      withListener.call("GET", "/partners", OpsStudio.PARTNER_API_TOKEN);

      assertThat(heard).containsExactly("GET /partners");
      assertThat(withListener.ops().status().inboundCalls())
          .extracting(InboundCall::endpoint).containsExactly("GET /partners");
    }
  }

  @Test
  void classesThatCannotBePublishedAreListedWithWhySoonestFirstAndBounded() {
    host.add("s-ok");
    host.add("s-not-offered", session -> session.activity(
        SyncStudio.activity(ClassPassSettings.notOffered())).end(SyncStudio.START));
    for (int i = 0; i < 52; i++) {
      int minutes = i;
      host.add("s-bad-" + i, session -> session.start(SyncStudio.START.plusMinutes(minutes))
          .end(SyncStudio.START.plusMinutes(minutes)));
    }

    OperationsStatus status = host.ops().status();

    assertThat(status.preflightProblems()).hasSize(50);
    assertThat(status.preflightProblemsTruncated()).isTrue();
    assertThat(status.preflightProblems().get(0)).satisfies(problem -> {
      assertThat(problem.sessionId()).isEqualTo("s-bad-0");
      assertThat(problem.venueId()).isEqualTo(VENUE);
      assertThat(problem.activity()).isEqualTo("Vinyasa Flow");
      assertThat(problem.reasons()).containsExactly("the class does not end after it starts");
    });
    assertThat(status.preflightProblems()).extracting(PreflightProblem::sessionId)
        .doesNotContain("s-ok", "s-not-offered", "s-bad-50", "s-bad-51");
  }

  private static void accept(String path) {
    classPass.stubFor(post(urlEqualTo(path)).willReturn(aResponse().withStatus(200)));
  }

  private static com.github.tomakehurst.wiremock.matching.StringValuePattern equalTo(
      String value) {
    return com.github.tomakehurst.wiremock.client.WireMock.equalTo(value);
  }
}
