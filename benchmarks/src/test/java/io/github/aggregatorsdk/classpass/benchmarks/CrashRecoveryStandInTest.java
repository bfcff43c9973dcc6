package io.github.aggregatorsdk.classpass.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class CrashRecoveryStandInTest {

  private final HttpClient http = HttpClient.newHttpClient();
  private final ObjectMapper json = new ObjectMapper();
  private HttpServer server;

  @AfterEach
  void stop() {
    if (server != null) {
      server.stop(0);
    }
  }

  @Test
  void keepsTheLatestVersionOfEachScheduleByLastUpdated() throws Exception {
    server = new CrashRecoveryStandIn().serve(0);
    post("/v1/inventory/batch-updates", "{\"events\":["
        + event("e1", "5", 10, "2026-12-03T10:00:01-05:00")
        + "," + event("e2", "5", 8, "2026-12-03T10:00:03-05:00")
        + "," + event("e3", "6", 4, "2026-12-03T15:00:00Z") + "]}");
    // an older version arriving late, as after a crash, is ignored; a single update counts too
    post("/v1/inventory/batch-updates",
        "{\"events\":[" + event("e4", "5", 9, "2026-12-03T15:00:02Z") + "]}");
    post("/v1/inventory/updates", event(null, "6", 3, "2026-12-03T10:00:01-05:00"));

    JsonNode state = json.readTree(http.send(
        HttpRequest.newBuilder(url("/state")).GET().build(),
        HttpResponse.BodyHandlers.ofString()).body());

    assertThat(state.path("requests").asInt()).isEqualTo(3);
    assertThat(state.path("stale").asInt()).isEqualTo(1);
    assertThat(state.path("schedules")).hasSize(2);
    assertThat(state.path("schedules").get(0).path("id").asText()).isEqualTo("5");
    assertThat(state.path("schedules").get(0).path("available_spots").asInt()).isEqualTo(8);
    assertThat(state.path("schedules").get(1).path("available_spots").asInt()).isEqualTo(3);
  }

  private static String event(String id, String schedule, int available, String lastUpdated) {
    return "{" + (id == null ? "" : "\"id\":\"" + id + "\",") + "\"type\":\"SCHEDULE\","
        + "\"payload\":{\"id\":\"" + schedule + "\",\"venue_id\":\"2\",\"available_spots\":"
        + available + ",\"is_cancelled\":false,\"last_updated\":\"" + lastUpdated + "\"}}";
  }

  private void post(String path, String body) throws Exception {
    HttpResponse<String> response = http.send(
        HttpRequest.newBuilder(url(path)).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).isEqualTo(200);
  }

  private URI url(String path) {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
  }
}
