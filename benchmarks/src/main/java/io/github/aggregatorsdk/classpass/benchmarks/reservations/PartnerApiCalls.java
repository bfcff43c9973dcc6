package io.github.aggregatorsdk.classpass.benchmarks.reservations;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The partner API called as ClassPass calls it: reservations, and the schedule and attendance
 * listings the overbooking check reads. JSON is read as a tree by the contract's field names, not
 * with the SDK's records, so that the check does not share the code it checks. Thread-safe.
 */
final class PartnerApiCalls {

  private static final int PAGE_SIZE = 500;

  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();
  private final ObjectMapper json = new ObjectMapper();
  private final String baseUrl;
  private final String authorization;

  /**
   * @param baseUrl where the partner API is served, e.g. {@code http://localhost:8080/classpass}
   * @param token the token ClassPass sends
   */
  PartnerApiCalls(URI baseUrl, String token) {
    this.baseUrl = baseUrl.toString().replaceAll("/+$", "");
    this.authorization = "Bearer " + token;
  }

  /** A reservation's answer: HTTP status and, for a refusal, the error body's code. */
  record Reply(int status, int errorCode) {
    boolean booked() {
      return status / 100 == 2;
    }
  }

  /** A class as the schedules listing shows it. */
  record ClassSlots(String id, int totalSpots, int availableSpots) {}

  /** One line of a class's attendance. */
  record AttendanceEntry(String reservationId, String status) {}

  Reply reserve(
      String partnerId, String venueId, String classId, String reservationId, String userId) {
    ObjectNode user = json.createObjectNode()
        .put("user_id", userId)
        .put("first_name", "Load")
        .put("last_name", "Test " + userId)
        .put("user_email", userId + "@load.example");
    ObjectNode body = json.createObjectNode()
        .put("reservation_id", reservationId)
        .put("partner_id", partnerId)
        .put("venue_id", venueId)
        .put("schedule_id", classId);
    body.set("user", user);
    HttpRequest request = request("/reservations")
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofByteArray(bytes(body)))
        .build();
    HttpResponse<byte[]> response = send(request);
    if (response.statusCode() / 100 == 2) {
      return new Reply(response.statusCode(), 0);
    }
    return new Reply(response.statusCode(), errorCode(response.body()));
  }

  /** Cancels a reservation ({@code PATCH /reservations/{id}}) as ClassPass does. */
  Reply cancel(String partnerId, String reservationId) {
    ObjectNode body = json.createObjectNode().put("partner_id", partnerId);
    HttpRequest request = request("/reservations/" + segment(reservationId))
        .header("Content-Type", "application/json")
        .method("PATCH", HttpRequest.BodyPublishers.ofByteArray(bytes(body)))
        .build();
    HttpResponse<byte[]> response = send(request);
    if (response.statusCode() / 100 == 2) {
      return new Reply(response.statusCode(), 0);
    }
    return new Reply(response.statusCode(), errorCode(response.body()));
  }

  /** A class as ClassPass must see it: the listing's availability and whether it is cancelled. */
  record ClassState(String id, int totalSpots, int availableSpots, boolean cancelled) {}

  /** Every partner's id, all pages read. */
  List<String> partners() {
    List<String> ids = new ArrayList<>();
    forEachPage("/partners?page_size=100", "partners",
        partner -> ids.add(partner.path("partner_id").asText()));
    return ids;
  }

  /** Every venue id of the partner, all pages read. */
  List<String> venues(String partnerId) {
    List<String> ids = new ArrayList<>();
    forEachPage("/partners/" + segment(partnerId) + "/venues?page_size=100", "venues",
        venue -> ids.add(venue.path("venue_id").asText()));
    return ids;
  }

  /** Every class of the venue starting on the given days with its state, all pages read. */
  List<ClassState> classStates(String partnerId, String venueId, LocalDate from, LocalDate to) {
    List<ClassState> classes = new ArrayList<>();
    String path = "/partners/" + segment(partnerId) + "/venues/" + segment(venueId)
        + "/schedules?start_date=" + from + "&end_date=" + to + "&page_size=" + PAGE_SIZE;
    forEachPage(path, "schedules", schedule -> classes.add(new ClassState(
        schedule.path("id").asText(),
        schedule.path("total_spots").asInt(),
        schedule.path("available_spots").asInt(),
        schedule.path("is_cancelled").asBoolean())));
    return classes;
  }

  /** The first partner the API lists. */
  String firstPartner() {
    return first(get("/partners?page_size=1").path("partners"), "partner_id", "partner");
  }

  /** The partner's first venue. */
  String firstVenue(String partnerId) {
    return first(get("/partners/" + segment(partnerId) + "/venues?page_size=1").path("venues"),
        "venue_id", "venue");
  }

  /** Every class of the venue starting on the given days, all pages read. */
  List<ClassSlots> schedules(String partnerId, String venueId, LocalDate from, LocalDate to) {
    List<ClassSlots> classes = new ArrayList<>();
    String path = "/partners/" + segment(partnerId) + "/venues/" + segment(venueId)
        + "/schedules?start_date=" + from + "&end_date=" + to + "&page_size=" + PAGE_SIZE;
    forEachPage(path, "schedules", schedule -> classes.add(new ClassSlots(
        schedule.path("id").asText(),
        schedule.path("total_spots").asInt(),
        schedule.path("available_spots").asInt())));
    return classes;
  }

  /** Every attendance line of one class, all pages read. */
  List<AttendanceEntry> attendance(String partnerId, String venueId, String classId) {
    List<AttendanceEntry> entries = new ArrayList<>();
    String path = "/partners/" + segment(partnerId) + "/venues/" + segment(venueId)
        + "/schedules/" + segment(classId) + "/attendance?page_size=" + PAGE_SIZE;
    forEachPage(path, "attendance", entry -> entries.add(new AttendanceEntry(
        entry.path("reservation_id").asText(), entry.path("status").asText())));
    return entries;
  }

  private void forEachPage(String path, String field, Consumer<JsonNode> each) {
    int totalPages = 1;
    for (int page = 1; page <= totalPages; page++) {
      JsonNode answer = get(path + "&page=" + page);
      answer.path(field).forEach(each);
      totalPages = answer.path("pagination").path("total_pages").asInt(1);
    }
  }

  private JsonNode get(String path) {
    HttpResponse<byte[]> response = send(request(path).GET().build());
    if (response.statusCode() != 200) {
      throw new IllegalStateException("GET " + path + " answered " + response.statusCode() + ": "
          + new String(response.body(), StandardCharsets.UTF_8));
    }
    try {
      return json.readTree(response.body());
    } catch (IOException e) {
      throw new UncheckedIOException("GET " + path + " did not answer JSON", e);
    }
  }

  private HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create(baseUrl + path))
        .timeout(Duration.ofSeconds(30))
        .header("Authorization", authorization)
        .header("Accept", "application/json");
  }

  private HttpResponse<byte[]> send(HttpRequest request) {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(request.method() + " " + request.uri() + " failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }

  private int errorCode(byte[] body) {
    try {
      return json.readTree(body).path("error").path("code").asInt(0);
    } catch (IOException e) {
      return 0;
    }
  }

  private byte[] bytes(JsonNode body) {
    try {
      return json.writeValueAsBytes(body);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String first(JsonNode list, String idField, String what) {
    if (list.isEmpty()) {
      throw new IllegalStateException("the partner API lists no " + what);
    }
    return list.get(0).path(idField).asText();
  }

  private static String segment(String id) {
    return URLEncoder.encode(id, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
