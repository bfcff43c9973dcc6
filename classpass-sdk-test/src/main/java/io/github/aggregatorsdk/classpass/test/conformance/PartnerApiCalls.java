package io.github.aggregatorsdk.classpass.test.conformance;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/** The runner's HTTP calls to the host's partner API, as ClassPass makes them. */
final class PartnerApiCalls {

  static final ObjectMapper JSON = new ObjectMapper();
  private static final Duration TIMEOUT = Duration.ofSeconds(20);

  private final String baseUrl;
  private final String token;
  private final HttpClient http;

  PartnerApiCalls(String baseUrl, String token) {
    this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    this.token = token;
    this.http = HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(10))
        .build();
  }

  String baseUrl() {
    return baseUrl;
  }

  /** {@code Authorization: Bearer <token>}, the scheme ClassPass was seen to use. */
  String bearer() {
    return "Bearer " + token;
  }

  Reply get(String pathAndQuery) {
    return send("GET", pathAndQuery, bearer(), null, null);
  }

  Reply post(String path, Object body) {
    return send("POST", path, bearer(), "application/json", write(body));
  }

  Reply patch(String path, Object body) {
    return send("PATCH", path, bearer(), "application/json", write(body));
  }

  /**
   * Any request.
   *
   * @param authorization the header's value, null for none
   * @param contentType the header's value, null for none
   * @param body null for none
   */
  Reply send(String method, String pathAndQuery, String authorization, String contentType,
      String body) {
    String request = method + " " + pathAndQuery;
    HttpRequest.Builder builder;
    try {
      builder = HttpRequest.newBuilder(URI.create(baseUrl + pathAndQuery)).timeout(TIMEOUT);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("not a URL: " + baseUrl + pathAndQuery, e);
    }
    builder.method(method, body == null
        ? HttpRequest.BodyPublishers.noBody()
        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    if (authorization != null) {
      builder.header("Authorization", authorization);
    }
    if (contentType != null) {
      builder.header("Content-Type", contentType);
    }
    try {
      HttpResponse<String> response =
          http.send(builder.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      return new Reply(request, response.statusCode(), response.body());
    } catch (IOException e) {
      return new Reply(request, 0, "no answer: " + e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new Reply(request, 0, "interrupted");
    }
  }

  static String write(Object body) {
    if (body instanceof String text) {
      return text;
    }
    try {
      return JSON.writeValueAsString(body);
    } catch (IOException e) {
      throw new IllegalArgumentException(e);
    }
  }

  /** A reservation as ClassPass sends it, {@code user} last. */
  static Map<String, Object> reservation(
      String reservationId, String partnerId, String venueId, String scheduleId, String userId) {
    Map<String, Object> user = new LinkedHashMap<>();
    user.put("user_id", userId);
    user.put("user_email", userId + "@conformance.example");
    user.put("user_username", userId);
    user.put("first_name", "Conformance");
    user.put("last_name", "Runner");
    user.put("gender", "U");
    user.put("address", Map.of("address_line1", "1 Test Street", "city", "Testville",
        "zip", "10001", "country", "US"));
    user.put("emergency_contact", Map.of("name", "Test Contact", "phone", "+1 555 0100"));
    Map<String, Object> reservation = new LinkedHashMap<>();
    reservation.put("reservation_id", reservationId);
    reservation.put("partner_id", partnerId);
    reservation.put("venue_id", venueId);
    reservation.put("schedule_id", scheduleId);
    reservation.put("user", user);
    return reservation;
  }
}
