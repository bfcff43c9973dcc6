package io.github.aggregatorsdk.classpass.client;

import com.fasterxml.jackson.databind.ObjectMapper;
import feign.Feign;
import feign.Request;
import feign.Retryer;
import feign.jackson.JacksonEncoder;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;

/**
 * Wires Feign: Java 11 HTTP client under the attempt deadline, the SDK's JSON, our error decoder,
 * no Feign retries.
 */
final class InventoryApiFactory {

  private InventoryApiFactory() {}

  static InventoryApi create(
      URI baseUrl,
      String accessToken,
      Duration connectTimeout,
      Duration readTimeout,
      Duration attemptTimeout,
      ObjectMapper mapper,
      Clock clock) {
    HttpClient httpClient =
        HttpClient.newBuilder()
            .connectTimeout(connectTimeout)
            .followRedirects(HttpClient.Redirect.NEVER)
            // Plain http only reaches loopback test servers: do not try an h2c upgrade there.
            .version(
                "https".equals(baseUrl.getScheme())
                    ? HttpClient.Version.HTTP_2
                    : HttpClient.Version.HTTP_1_1)
            .build();
    // The same on every call: set once on each JDK request, not as Feign header templates that
    // every call would copy and expand. Literal: a token is never a template, whatever it holds.
    String[] headers = {
      "Authorization", "Token " + accessToken,
      "User-Agent", SdkVersion.userAgent(),
      "Content-Type", "application/json",
      "Accept", "application/json"
    };
    return Feign.builder()
        .client(new DrainingClient(httpClient, attemptTimeout, headers))
        .options(new Request.Options(connectTimeout, readTimeout, false))
        .encoder(new JacksonEncoder(mapper))
        .errorDecoder(new ErrorResponseDecoder(mapper, clock))
        // RetryingExecutor is the one retry policy.
        .retryer(Retryer.NEVER_RETRY)
        .target(new BaseUrlTarget<>(InventoryApi.class, baseUrl.toString()));
  }
}
