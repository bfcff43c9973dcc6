package io.github.aggregatorsdk.classpass.benchmarks.outbound;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.junit.jupiter.api.Test;

class RecordingClassPassTest {

  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void twoRequestsInFlightNamingTheSameClassCountAsAnOverlap() throws Exception {
    try (RecordingClassPass classPass =
        RecordingClassPass.start(Duration.ofMillis(300), (id, spots, at) -> {})) {
      CompletableFuture<?> first = send(classPass.baseUrl(), "class-1", "class-2");
      Thread.sleep(100);
      CompletableFuture<?> second = send(classPass.baseUrl(), "class-2", "class-3");
      CompletableFuture.allOf(first, second).get();

      assertThat(classPass.overlaps()).isEqualTo(1);
      assertThat(classPass.distinctSchedules()).isEqualTo(3);
      assertThat(classPass.events()).isEqualTo(4);
    }
  }

  @Test
  void theSameClassSentAgainAfterTheAnswerIsNoOverlap() throws Exception {
    ConcurrentLinkedQueue<String> received = new ConcurrentLinkedQueue<>();
    try (RecordingClassPass classPass = RecordingClassPass.start(Duration.ofMillis(20),
        (id, spots, at) -> received.add(id + "=" + HostClasses.version(spots)))) {
      send(classPass.baseUrl(), "class-1").get();
      send(classPass.baseUrl(), "class-1").get();

      assertThat(classPass.overlaps()).isZero();
      assertThat(classPass.failures()).isZero();
      assertThat(received).containsExactly("class-1=5", "class-1=5");
    }
  }

  private CompletableFuture<HttpResponse<String>> send(URI baseUrl, String... classes) {
    StringBuilder body = new StringBuilder("{\"events\":[");
    for (String id : List.of(classes)) {
      body.append(body.charAt(body.length() - 1) == '[' ? "" : ",")
          .append("{\"id\":\"e-").append(id).append("\",\"payload\":{\"id\":\"").append(id)
          .append("\",\"available_spots\":").append(HostClasses.CAPACITY - 5).append("}}");
    }
    body.append("]}");
    return http.sendAsync(HttpRequest.newBuilder(baseUrl.resolve("/v1/inventory/batch-updates"))
        .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
