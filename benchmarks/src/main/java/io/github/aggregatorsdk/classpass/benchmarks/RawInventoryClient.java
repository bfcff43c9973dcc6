package io.github.aggregatorsdk.classpass.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.aggregatorsdk.classpass.model.ClassPassJson;
import io.github.aggregatorsdk.classpass.model.UpdateEvent;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * The baseline of the client-overhead benchmark: the least a careful host would write to push one
 * update without the SDK, with the JDK's HTTP client and Jackson. It sends the same request as
 * {@code ClassPassClient.pushUpdate} (method, path, JSON body, headers, timeouts, HTTP/1.1 on plain
 * http) but has no retries, no error mapping and no interceptors.
 */
public final class RawInventoryClient {

  private final HttpClient http;
  private final ObjectMapper mapper = ClassPassJson.newObjectMapper();
  private final URI updates;
  private final String authorization;

  public RawInventoryClient(URI baseUrl, String accessToken) {
    this.http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    this.updates = baseUrl.resolve("/v1/inventory/updates");
    this.authorization = "Token " + accessToken;
  }

  /** Posts one event; throws unless ClassPass answered 2xx. */
  public void pushUpdate(UpdateEvent event) throws IOException, InterruptedException {
    HttpRequest request =
        HttpRequest.newBuilder(updates)
            .timeout(Duration.ofSeconds(10))
            .header("Authorization", authorization)
            .header("Content-Type", "application/json")
            .header("Accept", "application/json")
            .header("User-Agent", "raw-java-httpclient")
            .POST(HttpRequest.BodyPublishers.ofByteArray(mapper.writeValueAsBytes(event)))
            .build();
    HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
    if (response.statusCode() / 100 != 2) {
      throw new IOException("POST /v1/inventory/updates answered " + response.statusCode());
    }
  }
}
