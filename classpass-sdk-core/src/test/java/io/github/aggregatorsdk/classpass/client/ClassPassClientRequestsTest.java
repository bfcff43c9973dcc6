package io.github.aggregatorsdk.classpass.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.github.aggregatorsdk.classpass.client.TestClients.golden;
import static io.github.aggregatorsdk.classpass.client.TestClients.read;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import com.github.tomakehurst.wiremock.matching.StringValuePattern;
import io.github.aggregatorsdk.classpass.model.Partner;
import io.github.aggregatorsdk.classpass.model.UpdateBatch;
import io.github.aggregatorsdk.classpass.model.UpdateEvent;
import io.github.aggregatorsdk.classpass.model.Venue;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Each operation sends exactly the method, path, headers and JSON of the contract. */
class ClassPassClientRequestsTest {

  @RegisterExtension static WireMockExtension classPass = TestClients.wireMock();

  private ClassPassClient client;

  @BeforeEach
  void setUp() {
    classPass.stubFor(
        post(urlEqualTo("/v1/inventory/partners")).willReturn(aResponse().withStatus(200)));
    classPass.stubFor(
        post(urlEqualTo("/v1/inventory/venues")).willReturn(aResponse().withStatus(200)));
    classPass.stubFor(
        post(urlEqualTo("/v1/inventory/updates")).willReturn(aResponse().withStatus(204)));
    classPass.stubFor(
        post(urlEqualTo("/v1/inventory/batch-updates")).willReturn(aResponse().withStatus(200)));
    client = TestClients.builder(classPass, new RecordingSleeper()).build();
  }

  @Test
  void registerPartnerPostsThePartnerWrappedInPartner() {
    client.registerPartner(read("partner.json", Partner.class));

    classPass.verify(
        1,
        contractRequest("/v1/inventory/partners")
            .withRequestBody(strictJson("{\"partner\":" + golden("partner.json") + "}")));
  }

  @Test
  void registerVenuePostsTheVenueWrappedInVenue() {
    client.registerVenue(read("venue.json", Venue.class));

    classPass.verify(
        1,
        contractRequest("/v1/inventory/venues")
            .withRequestBody(strictJson("{\"venue\":" + golden("venue.json") + "}")));
  }

  @Test
  void pushUpdateOfAScheduleSendsTheEventWithoutId() {
    UpdateEvent event = read("schedule-update-event.json", UpdateEvent.class).withId("ignored-id");

    client.pushUpdate(event);

    classPass.verify(
        1,
        contractRequest("/v1/inventory/updates")
            .withRequestBody(strictJson(golden("schedule-update-event.json"))));
  }

  @Test
  void pushUpdateOfAReservationSendsTheReservationEvent() {
    client.pushUpdate(read("reservation-update-event.json", UpdateEvent.class));

    classPass.verify(
        1,
        contractRequest("/v1/inventory/updates")
            .withRequestBody(strictJson(golden("reservation-update-event.json"))));
  }

  @Test
  void pushUpdatesSendsTheEventsWithTheirIdsInOneBatch() {
    List<UpdateEvent> events = read("batch-updates.json", UpdateBatch.class).events();

    PushUpdatesResult result = client.pushUpdates(events);

    classPass.verify(
        1,
        contractRequest("/v1/inventory/batch-updates")
            .withRequestBody(strictJson(golden("batch-updates.json"))));
    assertThat(result.allSucceeded()).isTrue();
    assertThat(result.batches())
        .singleElement()
        .extracting(BatchOutcome::eventIds)
        .isEqualTo(List.of("evt-1", "evt-2"));
  }

  @Test
  void pushUpdatesGivesEventsWithoutIdARandomUuid() throws Exception {
    UpdateEvent withoutId = read("reservation-update-event.json", UpdateEvent.class);
    UpdateEvent withId = withoutId.withId("mine");

    PushUpdatesResult result = client.pushUpdates(List.of(withoutId, withId));

    List<String> ids = result.batches().get(0).eventIds();
    assertThat(ids.get(1)).isEqualTo("mine");
    assertThat(ids.get(0)).matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[0-9a-f]{4}-[0-9a-f]{12}");
    JsonNode sent =
        TestClients.MAPPER.readTree(
            classPass
                .findAll(postRequestedFor(urlEqualTo("/v1/inventory/batch-updates")))
                .get(0)
                .getBodyAsString());
    assertThat(sent.at("/events/0/id").asText()).isEqualTo(ids.get(0));
  }

  @Test
  void pushUpdatesOfNoEventsSendsNothing() {
    PushUpdatesResult result = client.pushUpdates(List.of());

    assertThat(result.batches()).isEmpty();
    assertThat(result.allSucceeded()).isTrue();
    assertThat(classPass.getAllServeEvents()).isEmpty();
  }

  @Test
  void baseUrlWithAPathPrefixKeepsThePrefix() {
    classPass.stubFor(
        post(urlEqualTo("/proxy/classpass/v1/inventory/updates"))
            .willReturn(aResponse().withStatus(200)));
    ClassPassClient prefixed =
        TestClients.builder(classPass, new RecordingSleeper())
            .baseUrl(URI.create(classPass.baseUrl() + "/proxy/classpass/"))
            .build();

    prefixed.pushUpdate(read("reservation-update-event.json", UpdateEvent.class));

    classPass.verify(1, postRequestedFor(urlEqualTo("/proxy/classpass/v1/inventory/updates")));
  }

  @Test
  void operationsRejectNullInputsNamingThem() {
    assertThatThrownBy(() -> client.registerPartner(null)).hasMessage("partner");
    assertThatThrownBy(() -> client.registerVenue(null)).hasMessage("venue");
    assertThatThrownBy(() -> client.pushUpdate(null)).hasMessage("event");
    assertThatThrownBy(() -> client.pushUpdates(null)).hasMessage("events");
    UpdateEvent event = read("reservation-update-event.json", UpdateEvent.class);
    assertThatThrownBy(() -> client.pushUpdates(Arrays.asList(event, null)))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("events[1]");
    assertThat(classPass.getAllServeEvents()).isEmpty();
  }

  private static RequestPatternBuilder contractRequest(String path) {
    return postRequestedFor(urlEqualTo(path))
        .withHeader("Authorization", equalTo("Token " + TestClients.TOKEN))
        .withHeader("Content-Type", equalTo("application/json"))
        .withHeader("Accept", equalTo("application/json"))
        .withHeader("User-Agent", equalTo(SdkVersion.userAgent()));
  }

  private static StringValuePattern strictJson(String json) {
    return equalToJson(json, false, false);
  }
}
