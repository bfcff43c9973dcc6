package io.github.aggregatorsdk.classpass.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.github.aggregatorsdk.classpass.client.TestClients.read;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.github.aggregatorsdk.classpass.model.UpdateEvent;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The call observer hears every call with its endpoint, its answer and its attempts. */
class ClassPassCallObserverTest {

  private static final String UPDATES = "/v1/inventory/updates";

  @RegisterExtension static WireMockExtension classPass = TestClients.wireMock();

  private final List<String> heard = new CopyOnWriteArrayList<>();
  private final ClassPassCallObserver recording =
      endpoint -> {
        heard.add("started " + endpoint + " on " + Thread.currentThread().getName());
        return new ClassPassCallObserver.Call() {
          @Override
          public void succeeded(int status, int attempts) {
            heard.add("succeeded " + status + " after " + attempts + " on "
                + Thread.currentThread().getName());
          }

          @Override
          public void failed(ClassPassException failure, int attempts) {
            heard.add("failed " + failure.getClass().getSimpleName() + " " + FailureClass.of(failure)
                + " after " + attempts);
          }
        };
      };

  private final UpdateEvent event = read("reservation-update-event.json", UpdateEvent.class);

  @Test
  void anAcceptedCallIsHeardWithItsEndpointAndStatusOnTheCallersThread() {
    classPass.stubFor(post(urlEqualTo(UPDATES)).willReturn(aResponse().withStatus(202)));
    String thread = Thread.currentThread().getName();

    client(RetrySettings.disabled()).pushUpdate(event);

    assertThat(heard).containsExactly(
        "started POST /v1/inventory/updates on " + thread,
        "succeeded 202 after 1 on " + thread);
  }

  @Test
  void aRetriedCallIsOneCallWithItsAttempts() {
    classPass.stubFor(post(urlEqualTo(UPDATES)).inScenario("retry")
        .whenScenarioStateIs(Scenario.STARTED)
        .willReturn(aResponse().withStatus(503)).willSetStateTo("answered"));
    classPass.stubFor(post(urlEqualTo(UPDATES)).inScenario("retry")
        .whenScenarioStateIs("answered").willReturn(aResponse().withStatus(200)));

    client(new RetrySettings(3, Duration.ofMillis(1), Duration.ofMillis(1))).pushUpdate(event);

    assertThat(heard).hasSize(2).last().asString().startsWith("succeeded 200 after 2");
  }

  @Test
  void aRefusedCallIsHeardWithTheFailureTheCallerGets() {
    classPass.stubFor(post(urlEqualTo(UPDATES)).willReturn(aResponse().withStatus(422)));

    assertThatThrownBy(() -> client(RetrySettings.disabled()).pushUpdate(event))
        .isInstanceOf(ClassPassApiException.class);

    assertThat(heard).last().isEqualTo("failed ClassPassApiException REJECTED after 1");
  }

  @Test
  void aCallWithoutAnswerIsHeardAsAConnectionFailure() {
    classPass.stubFor(post(urlEqualTo(UPDATES))
        .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

    assertThatThrownBy(() -> client(RetrySettings.disabled()).pushUpdate(event))
        .isInstanceOf(ClassPassConnectionException.class);

    assertThat(heard).last().isEqualTo("failed ClassPassConnectionException TRANSIENT after 1");
  }

  @Test
  void everyBatchOfPushUpdatesIsACallOfItsOwn() {
    classPass.stubFor(post(urlEqualTo("/v1/inventory/batch-updates"))
        .willReturn(aResponse().withStatus(200)));

    TestClients.builder(classPass, new RecordingSleeper()).batchSize(1).observer(recording).build()
        .pushUpdates(List.of(event, event));

    assertThat(heard).filteredOn(line -> line.startsWith("started POST /v1/inventory/batch-updates"))
        .hasSize(2);
  }

  @Test
  void aFailingObserverNeverChangesTheCall() {
    classPass.stubFor(post(urlEqualTo(UPDATES)).willReturn(aResponse().withStatus(200)));
    ClassPassCallObserver broken = endpoint -> {
      throw new IllegalStateException("observer bug");
    };

    TestClients.builder(classPass, new RecordingSleeper()).observer(broken).build()
        .pushUpdate(event);
  }

  private ClassPassClient client(RetrySettings retry) {
    return TestClients.builder(classPass, new RecordingSleeper())
        .retry(retry)
        .observer(recording)
        .build();
  }
}
