package io.github.aggregatorsdk.classpass.test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.github.aggregatorsdk.classpass.model.ClassPassJson;
import io.github.aggregatorsdk.classpass.model.PartnerEnvelope;
import io.github.aggregatorsdk.classpass.model.ReservationUpdate;
import io.github.aggregatorsdk.classpass.model.Schedule;
import io.github.aggregatorsdk.classpass.model.UpdateBatch;
import io.github.aggregatorsdk.classpass.model.UpdateEvent;
import io.github.aggregatorsdk.classpass.model.VenueEnvelope;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/** Answers the Inventory API's four calls for {@link FakeClassPass}, records each. */
final class InventoryEndpoint implements HttpHandler {

  private static final ObjectMapper JSON = ClassPassJson.newObjectMapper();

  private final String token;
  private final InventoryState state;
  private final Faults faults;
  private final BooleanSupplier rejectUnknownVenues;
  private final Clock clock;

  InventoryEndpoint(
      String token, InventoryState state, Faults faults, BooleanSupplier rejectUnknownVenues,
      Clock clock) {
    this.token = token;
    this.state = state;
    this.faults = faults;
    this.rejectUnknownVenues = rejectUnknownVenues;
    this.clock = clock;
  }

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String body;
      try (InputStream in = exchange.getRequestBody()) {
        body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
      String method = exchange.getRequestMethod();
      String path = exchange.getRequestURI().getPath();
      String authorization = exchange.getRequestHeaders().getFirst("Authorization");
      Answer answer = answer(method, path, authorization, body);
      state.record(
          new RecordedCall(clock.instant(), method, path, authorization, body, answer.status));
      sleep(faults.delay());
      if (answer.retryAfter != null) {
        exchange.getResponseHeaders().set("Retry-After", String.valueOf(answer.retryAfter));
      }
      exchange.getResponseHeaders().set("Content-Type", "application/json");
      byte[] bytes = answer.body.getBytes(StandardCharsets.UTF_8);
      exchange.sendResponseHeaders(answer.status, bytes.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(bytes);
      }
    }
  }

  private record Answer(int status, String body, Long retryAfter) {}

  private Answer answer(String method, String path, String authorization, String body) {
    if (!authorized(authorization)) {
      return error(401, "UNAUTHORIZED", "Authorization: Token <access token> is required");
    }
    Optional<Faults.Fault> fault = faults.next();
    if (fault.isPresent()) {
      Duration retryAfter = fault.get().retryAfter();
      Answer failed = error(fault.get().status(), "INJECTED_FAULT", "a fault injected by the test");
      return retryAfter == null
          ? failed
          : new Answer(failed.status, failed.body, Math.max(0, retryAfter.toSeconds()));
    }
    if (!"POST".equals(method)) {
      return error(405, "METHOD_NOT_ALLOWED", "the Inventory API takes POST");
    }
    try {
      switch (path) {
        case "/v1/inventory/partners" -> state.partner(JSON.readValue(body, PartnerEnvelope.class)
            .partner());
        case "/v1/inventory/venues" -> state.venue(JSON.readValue(body, VenueEnvelope.class)
            .venue());
        case "/v1/inventory/updates" -> {
          return updates(List.of(JSON.readValue(body, UpdateEvent.class)));
        }
        case "/v1/inventory/batch-updates" -> {
          return updates(JSON.readValue(body, UpdateBatch.class).events());
        }
        default -> {
          return error(404, "NOT_FOUND", "no such Inventory API call");
        }
      }
    } catch (IOException | RuntimeException e) {
      return error(400, "BAD_REQUEST", "not the contract's JSON: " + e.getClass().getSimpleName());
    }
    return new Answer(200, "{}", null);
  }

  private Answer updates(List<UpdateEvent> events) {
    for (UpdateEvent event : events) {
      if (event.payload() instanceof Schedule schedule) {
        if (schedule.lastUpdated() == null || schedule.id() == null) {
          return error(400, "BAD_REQUEST", "a schedule needs id and last_updated");
        }
        if (rejectUnknownVenues.getAsBoolean()
            && !state.knowsVenue(schedule.partnerId(), schedule.venueId())) {
          return error(404, "NOT_FOUND", "venue " + schedule.venueId() + " is not registered");
        }
      } else if (event.payload() instanceof ReservationUpdate reservation
          && (reservation.lastUpdated() == null || reservation.reservationId() == null)) {
        return error(400, "BAD_REQUEST", "a reservation update needs reservation_id and last_updated");
      }
    }
    state.apply(events);
    return new Answer(200, "{}", null);
  }

  private boolean authorized(String authorization) {
    if (authorization == null || !authorization.startsWith("Token ")) {
      return false;
    }
    String sent = authorization.substring("Token ".length()).trim();
    if (token == null) {
      return !sent.isEmpty();
    }
    return MessageDigest.isEqual(
        sent.getBytes(StandardCharsets.UTF_8), token.getBytes(StandardCharsets.UTF_8));
  }

  private static Answer error(int status, String name, String message) {
    try {
      String body = JSON.writeValueAsString(
          Map.of("error", Map.of("code", status, "name", name, "message", message)));
      return new Answer(status, body, null);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void sleep(Duration delay) {
    if (delay.isZero()) {
      return;
    }
    try {
      Thread.sleep(delay.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
