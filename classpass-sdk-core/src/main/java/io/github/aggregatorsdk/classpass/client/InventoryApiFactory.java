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
    String authorization = "Token " + accessToken;
    String userAgent = SdkVersion.userAgent();
    return Feign.builder()
        .client(new DrainingClient(httpClient, attemptTimeout))
        .options(new Request.Options(connectTimeout, readTimeout, false))
        .encoder(new JacksonEncoder(mapper))
        .errorDecoder(new ErrorResponseDecoder(mapper, clock))
        // RetryingExecutor is the one retry policy.
        .retryer(Retryer.NEVER_RETRY)
        // Literal: a token is never a Feign template, whatever characters it has.
        .requestInterceptor(
            template ->
                template
                    .headerLiteral("Authorization", authorization)
                    .headerLiteral("User-Agent", userAgent))
        .target(InventoryApi.class, baseUrl.toString());
  }
}
