package io.github.aggregatorsdk.classpass.sync;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * ClassPass that fails a share of requests, picked by a seeded random: a third each 503 with
 * {@code Retry-After}, 429 with {@code Retry-After}, and a reset connection. It keeps the events
 * of the requests it accepted, in the order it accepted them: what ClassPass knows.
 */
final class FlakyClassPass implements ResponseDefinitionTransformerV2 {

  private final Random random;
  private final double failureRate;
  private final List<JsonNode> accepted = new ArrayList<>();
  private int requests;
  private int failures;

  FlakyClassPass(long seed, double failureRate) {
    this.random = new Random(seed);
    this.failureRate = failureRate;
  }

  @Override
  public synchronized ResponseDefinition transform(ServeEvent serveEvent) {
    requests++;
    double roll = random.nextDouble();
    ResponseDefinitionBuilder response = ResponseDefinitionBuilder.like(
        serveEvent.getResponseDefinition());
    if (roll < failureRate) {
      failures++;
      if (roll < failureRate / 3) {
        return response.withStatus(503).withHeader("Retry-After", "1").build();
      }
      if (roll < 2 * failureRate / 3) {
        return response.withStatus(429).withHeader("Retry-After", "1").build();
      }
      return response.withFault(Fault.CONNECTION_RESET_BY_PEER).build();
    }
    try {
      SyncStudio.JSON.readTree(serveEvent.getRequest().getBodyAsString()).get("events")
          .forEach(accepted::add);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return serveEvent.getResponseDefinition();
  }

  @Override
  public String getName() {
    return "flaky-classpass";
  }

  synchronized int requests() {
    return requests;
  }

  synchronized int failures() {
    return failures;
  }

  /**
   * The state ClassPass holds of each schedule or reservation: per id the payload with the
   * latest {@code last_updated}, the later one winning a tie.
   */
  synchronized Map<String, JsonNode> latest(String type, String idField) {
    Map<String, JsonNode> latest = new HashMap<>();
    for (JsonNode event : accepted) {
      if (!event.get("type").asText().equals(type)) {
        continue;
      }
      JsonNode payload = event.get("payload");
      latest.merge(payload.get(idField).asText(), payload, (known, arriving) ->
          instant(arriving).isBefore(instant(known)) ? known : arriving);
    }
    return latest;
  }

  private static Instant instant(JsonNode payload) {
    return OffsetDateTime.parse(payload.get("last_updated").asText()).toInstant();
  }
}
