package io.github.aggregatorsdk.classpass.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.github.aggregatorsdk.classpass.client.TestClients.read;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.aggregatorsdk.classpass.model.UpdateBatch;
import io.github.aggregatorsdk.classpass.model.UpdateEvent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Many events are split into batches of the configured size, each with its own outcome. */
class ClassPassClientBatchTest {

  private static final String PATH = "/v1/inventory/batch-updates";

  @RegisterExtension static WireMockExtension classPass = TestClients.wireMock();

  private UpdateEvent template;

  @BeforeEach
  void setUp() {
    template = read("reservation-update-event.json", UpdateEvent.class);
  }

  @Test
  void pushUpdatesOf250EventsWithBatchSize100MakesThreeRequests() {
    classPass.stubFor(post(urlEqualTo(PATH)).willReturn(aResponse().withStatus(200)));
    ClassPassClient client =
        TestClients.builder(classPass, new RecordingSleeper()).batchSize(100).build();

    PushUpdatesResult result = client.pushUpdates(events(250));

    classPass.verify(3, postRequestedFor(urlEqualTo(PATH)));
    List<List<String>> sentIds = sentBatches().stream().map(ClassPassClientBatchTest::ids).toList();
    assertThat(sentIds).extracting(List::size).containsExactly(100, 100, 50);
    assertThat(sentIds.get(0).get(0)).isEqualTo("e-0");
    assertThat(sentIds.get(2).get(49)).isEqualTo("e-249");
    assertThat(result.batches()).extracting(BatchOutcome::eventIds).isEqualTo(sentIds);
    assertThat(result.allSucceeded()).isTrue();
  }

  @Test
  void defaultBatchSizeIs100() {
    classPass.stubFor(post(urlEqualTo(PATH)).willReturn(aResponse().withStatus(200)));

    TestClients.builder(classPass, new RecordingSleeper()).build().pushUpdates(events(101));

    assertThat(sentBatches()).extracting(batch -> batch.events().size()).containsExactly(100, 1);
  }

  @Test
  void failedBatchDoesNotStopTheNextOnesAndIsReportedWithItsException() {
    classPass.stubFor(
        post(urlEqualTo(PATH))
            .inScenario("batches")
            .whenScenarioStateIs(Scenario.STARTED)
            .willReturn(aResponse().withStatus(200))
            .willSetStateTo("second"));
    classPass.stubFor(
        post(urlEqualTo(PATH))
            .inScenario("batches")
            .whenScenarioStateIs("second")
            .willReturn(aResponse().withStatus(422).withBody(TestClients.golden("error.json")))
            .willSetStateTo("third"));
    classPass.stubFor(
        post(urlEqualTo(PATH))
            .inScenario("batches")
            .whenScenarioStateIs("third")
            .willReturn(aResponse().withStatus(200)));
    ClassPassClient client =
        TestClients.builder(classPass, new RecordingSleeper()).batchSize(2).build();

    PushUpdatesResult result = client.pushUpdates(events(5));

    classPass.verify(3, postRequestedFor(urlEqualTo(PATH)));
    assertThat(result.allSucceeded()).isFalse();
    assertThat(result.batches())
        .extracting(BatchOutcome::isSuccess)
        .containsExactly(true, false, true);
    BatchOutcome failed = result.failedBatches().get(0);
    assertThat(failed.eventIds()).containsExactly("e-2", "e-3");
    assertThat(failed.failure())
        .get()
        .isInstanceOfSatisfying(
            ClassPassApiException.class, e -> assertThat(e.statusCode()).isEqualTo(422));
    assertThat(result.batches().get(0).failure()).isEmpty();
  }

  @Test
  void batchesWithoutAnswerAreReportedAsConnectionFailuresAfterTheirRetries() {
    classPass.stubFor(
        post(urlEqualTo(PATH)).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
    RecordingSleeper sleeper = new RecordingSleeper();
    ClassPassClient client =
        TestClients.builder(classPass, sleeper)
            .retry(new RetrySettings(2, Duration.ofMillis(10), Duration.ofMillis(10)))
            .batchSize(2)
            .build();

    PushUpdatesResult result = client.pushUpdates(events(3));

    classPass.verify(4, postRequestedFor(urlEqualTo(PATH)));
    assertThat(sleeper.sleeps()).hasSize(2);
    assertThat(result.failedBatches())
        .hasSize(2)
        .allSatisfy(
            batch ->
                assertThat(batch.failure()).get().isInstanceOf(ClassPassConnectionException.class));
  }

  private List<UpdateEvent> events(int count) {
    return IntStream.range(0, count).mapToObj(i -> template.withId("e-" + i)).toList();
  }

  private static List<UpdateBatch> sentBatches() {
    return classPass.findAll(postRequestedFor(urlEqualTo(PATH))).stream()
        .map(ClassPassClientBatchTest::parse)
        .toList();
  }

  private static UpdateBatch parse(LoggedRequest request) {
    try {
      return TestClients.MAPPER.readValue(request.getBodyAsString(), UpdateBatch.class);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<String> ids(UpdateBatch batch) {
    return batch.events().stream().map(UpdateEvent::id).toList();
  }
}
