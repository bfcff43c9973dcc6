package io.github.aggregatorsdk.classpass.example.studio.classpass;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.aggregatorsdk.classpass.example.studio.StudioAppTest;
import io.github.aggregatorsdk.classpass.example.studio.StudioFixture;
import io.github.aggregatorsdk.classpass.example.studio.bookings.Bookings;
import io.github.aggregatorsdk.classpass.example.studio.customers.Customers;
import io.github.aggregatorsdk.classpass.example.studio.schedule.ClassSessionEntity;
import io.github.aggregatorsdk.classpass.spring.ClassPassProperties;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;

/**
 * A few hundred hostile requests, generated from a fixed seed, to every partner endpoint of the
 * running app: each answer is 2xx or 4xx, never 5xx (ClassPass retries a 5xx forever); a 4xx has
 * the ClassPass error body and wrote nothing.
 */
@StudioAppTest
class HostileInputTest {

  private static final long SEED = 20261203L;
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  /** Stands for an unpaired surrogate, written as a JSON escape (a raw one is not UTF-8). */
  private static final String LONE_SURROGATE = "\uD800";

  private static final String[] NUMBERS = {
    "0", "1", "-1", "2", "100", "500", "501", "2147483647", "2147483648", "-2147483648",
    "9223372036854775807", "-9223372036854775808", "99999999999999999999", "1e3", "1.5", "abc", "",
    "%00", "%F0%9F%98%80", "+1", "%2B1", "0x10", "%201"
  };
  private static final String[] DATES = {
    "+999999999-12-31", "-999999999-01-01", "0000-01-01", "9999-12-31", "2026-02-30", "1970-01-01",
    "", "%00", "today", "2026-13-01", "20260310", "2026-03-10T00:00", "+2026-03-10"
  };
  private static final int[] LENGTHS = {
    0, 1, 2, 3, 19, 20, 21, 39, 40, 41, 99, 100, 101, 199, 200, 201, 253, 254, 255, 5_000, 10_000
  };
  private static final String[] SPECIALS = {
    "a\u0000b", "\u0000", "\u0007bell", "line\r\nbreak", "\u001B[31mred", "next\u0085line",
    "\u202E\u05E9\u05DC\u05D5\u05DD\u202C", "\u0645\u0631\u062D\u0628\u0627", "\uD83D\uDE00\uD83D\uDE00",
    "\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67", "\uFEFFbom", "e\u0301\u0301\u0301",
    "a" + LONE_SURROGATE + "b", "USA", "us", "ZZ", "DE ", " ", "../../etc/passwd", "' or 1=1 --",
    "<script>alert(1)</script>", "%00", "\\u0000", "null", "9223372036854775807", "-1", "1e309"
  };
  private static final String[] USER_FIELDS = {
    "user_id", "user_email", "user_username", "first_name", "last_name", "gender", "birthday",
    "phone", "address", "emergency_contact"
  };
  private static final String[] ADDRESS_FIELDS = {
    "address_line1", "address_line2", "city", "state", "zip", "country"
  };

  @Autowired StudioFixture studio;
  @Autowired Bookings bookings;
  @Autowired Customers customers;
  @Autowired ClassPassProperties properties;
  @Autowired Environment environment;
  @Autowired Clock clock;

  private final HttpClient http = HttpClient.newHttpClient();
  private final Random random = new Random(SEED);
  private final List<String> booked = new ArrayList<>();

  @Test
  void hundredsOfHostileRequestsAnswer2xxOr4xxAndA4xxWritesNothing() {
    ClassSessionEntity session = studio.newClass(10_000, 10_000);
    String partner = String.valueOf(session.getVenue().getPartner().getId());
    String venue = String.valueOf(session.getVenue().getId());
    String schedule = String.valueOf(session.getId());
    LocalDate today = LocalDate.now(clock);
    List<Supplier<Call>> endpoints =
        List.of(
            () -> get("/partners" + paging()),
            () -> get("/partners/" + id(partner)),
            () -> get("/partners/" + id(partner) + "/venues" + paging()),
            () -> get("/partners/" + id(partner) + "/venues/" + id(venue)),
            () ->
                get("/partners/" + id(partner) + "/venues/" + id(venue) + "/schedules"
                    + dates(today) + paging().replace('?', '&')),
            () ->
                get("/partners/" + id(partner) + "/venues/" + id(venue) + "/schedules/"
                    + id(schedule) + "/attendance" + paging()),
            () -> reserve(partner, venue, schedule),
            () -> reserve(partner, venue, schedule),
            () -> reserve(partner, venue, schedule),
            () -> cancel(partner));
    int answered = 0;
    int refused = 0;
    for (int i = 0; i < 400; i++) {
      Call call = endpoints.get(i % endpoints.size()).get();
      long bookingsBefore = bookings.count();
      long customersBefore = customers.count();

      HttpResponse<String> answer = send(call);

      String what = call + " answered " + answer.statusCode() + " " + abbreviate(answer.body());
      assertThat(answer.statusCode() / 100).as(what).isIn(2, 4);
      if (answer.statusCode() >= 400 && refusedByTomcat(call, answer)) {
        refused++;
        assertThat(bookings.count()).as("bookings after " + what).isEqualTo(bookingsBefore);
      } else if (answer.statusCode() >= 400) {
        refused++;
        JsonNode error = read(answer.body(), what).get("error");
        assertThat(error).as(what).isNotNull();
        assertThat(error.get("code").isInt()).as(what).isTrue();
        assertThat(error.get("name").asText()).as(what).isNotBlank();
        assertThat(error.get("message").asText()).as(what).isNotBlank();
        assertThat(bookings.count()).as("bookings after " + what).isEqualTo(bookingsBefore);
        assertThat(customers.count()).as("customers after " + what).isEqualTo(customersBefore);
      } else {
        answered++;
        if (call.method().equals("POST")) {
          booked.add(call.reservationId());
        }
      }
    }
    assertThat(answered).as("requests answered 2xx").isGreaterThan(40);
    assertThat(refused).as("requests answered 4xx").isGreaterThan(100);
  }

  /**
   * Tomcat itself refuses a request line over its 8 KiB header limit (400, its own HTML page)
   * while it reads the request, before it knows the path: nothing of the application, the
   * starter's error valve included, sees it. A path with an encoded control character, slash or
   * backslash, which Tomcat also refuses itself, is answered in ClassPass's format by the
   * starter's error valve, so it is held to the same checks as every other refusal.
   */
  private static boolean refusedByTomcat(Call call, HttpResponse<String> answer) {
    return answer.statusCode() == 400
        && call.path().length() > 8 * 1024 - 200
        && answer.headers().firstValue("Content-Type").orElse("").startsWith("text/html");
  }

  private record Call(String method, String path, String contentType, String body,
      String reservationId) {
    @Override
    public String toString() {
      return method + " " + abbreviate(path) + (body == null ? "" : " " + abbreviate(body));
    }
  }

  private Call get(String path) {
    return new Call("GET", path, null, null, null);
  }

  private Call reserve(String partner, String venue, String schedule) {
    String reservationId = "hostile-" + random.nextLong();
    ObjectNode body = NODES.objectNode();
    body.put("reservation_id", reservationId);
    body.put("partner_id", partner);
    body.put("venue_id", venue);
    body.put("schedule_id", schedule);
    ObjectNode user = body.putObject("user");
    user.put("user_id", "hostile-user-" + random.nextInt(1_000_000));
    user.put("user_email", "hostile" + random.nextInt(1000) + "@example.org");
    user.put("user_username", "hostile");
    user.put("first_name", "Hos");
    user.put("last_name", "Tile");
    user.put("gender", "X");
    user.put("birthday", "1990-01-01");
    user.put("phone", "+1 555 0100");
    ObjectNode address = user.putObject("address");
    address.put("address_line1", "1 Main St");
    address.put("city", "Springfield");
    address.put("zip", "97403");
    address.put("country", "US");
    user.putObject("emergency_contact").put("name", "Em").put("phone", "+1 555 0101");
    int mutations = 1 + random.nextInt(3);
    for (int m = 0; m < mutations; m++) {
      mutate(body);
    }
    return post(body, reservationId);
  }

  private void mutate(ObjectNode body) {
    ObjectNode user = body.get("user") instanceof ObjectNode u ? u : body;
    ObjectNode address = user.get("address") instanceof ObjectNode a ? a : user;
    ObjectNode target;
    String field;
    switch (random.nextInt(4)) {
      case 0 -> {
        target = body;
        field = pick(new String[] {"reservation_id", "partner_id", "venue_id", "schedule_id",
            "spot_label", "user"});
      }
      case 1, 2 -> {
        target = user;
        field = pick(USER_FIELDS);
      }
      default -> {
        target = address;
        field = pick(ADDRESS_FIELDS);
      }
    }
    switch (random.nextInt(10)) {
      case 0 -> target.remove(field);
      case 1 -> target.putNull(field);
      case 2 -> target.put(field, pick(new long[] {Long.MIN_VALUE, Long.MAX_VALUE,
          Integer.MIN_VALUE, Integer.MAX_VALUE, 0, -1}));
      case 3 -> target.put(field, random.nextBoolean() ? Double.MAX_VALUE : -0.0);
      case 4 -> target.put(field, random.nextBoolean());
      case 5 -> target.putArray(field).add("x");
      case 6 -> target.putObject(field).put("x", "y");
      default -> target.put(field, hostileText());
    }
  }

  private Call post(ObjectNode body, String reservationId) {
    String json = body.toString().replace(LONE_SURROGATE, "\\ud800");
    String contentType = "application/json";
    switch (random.nextInt(12)) {
      case 0 -> json = json.substring(0, random.nextInt(json.length()));
      case 1 -> json = json + pick(new String[] {"}", ",", "x", "{}", "\u0000"});
      case 2 -> json = pick(new String[] {"[]", "null", "1", "\"x\"", "", "{", "{\"user\":"});
      case 3 -> json = json.replaceFirst("\"Hos\"", "\"" + "H".repeat(70_000) + "\"");
      case 4 -> contentType = pick(new String[] {"text/plain", "application/xml", "", "json"});
      default -> { }
    }
    return new Call("POST", "/reservations", contentType, json, reservationId);
  }

  private Call cancel(String partner) {
    String reservationId =
        !booked.isEmpty() && random.nextBoolean()
            ? booked.get(random.nextInt(booked.size()))
            : hostileText();
    ObjectNode body = NODES.objectNode();
    body.put("partner_id", partner);
    body.put("is_late_cancel", false);
    if (random.nextInt(3) == 0) {
      mutate(body);
    }
    return new Call(
        "PATCH",
        "/reservations/" + encode(reservationId),
        "application/json",
        body.toString().replace(LONE_SURROGATE, "\\ud800"),
        null);
  }

  private String paging() {
    StringBuilder query = new StringBuilder();
    if (random.nextInt(4) > 0) {
      query.append("page=").append(pick(NUMBERS));
    }
    if (random.nextInt(4) > 0) {
      query.append(query.isEmpty() ? "" : "&").append("page_size=").append(pick(NUMBERS));
    }
    return query.isEmpty() ? "" : "?" + query;
  }

  private String dates(LocalDate today) {
    Supplier<String> date =
        () ->
            random.nextBoolean()
                ? pick(DATES)
                : today.plusDays(random.nextInt(4_000) - 1_000L).toString();
    return switch (random.nextInt(6)) {
      case 0 -> "?start_date=" + date.get();
      case 1 -> "?end_date=" + date.get();
      default -> "?start_date=" + date.get() + "&end_date=" + date.get();
    };
  }

  /** The real id most of the time, so that the deeper checks are reached; otherwise a hostile one. */
  private String id(String real) {
    return random.nextInt(3) > 0 ? real : encode(hostileText());
  }

  private String hostileText() {
    return switch (random.nextInt(5)) {
      case 0 -> "x".repeat(LENGTHS[random.nextInt(LENGTHS.length)]);
      case 1 -> "\uD83D\uDE00".repeat(1 + random.nextInt(130));
      case 2 -> "a".repeat(180 + random.nextInt(90)) + "@example.org";
      case 3 -> randomCodePoints(1 + random.nextInt(300));
      default -> pick(SPECIALS);
    };
  }

  private String randomCodePoints(int count) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < count; i++) {
      int codePoint =
          switch (random.nextInt(4)) {
            case 0 -> random.nextInt(0x20);
            case 1 -> 0x0590 + random.nextInt(0x100);
            case 2 -> 0x1F300 + random.nextInt(0x300);
            default -> 0x20 + random.nextInt(0x2000);
          };
      if (codePoint < 0xD800 || codePoint > 0xDFFF) {
        text.appendCodePoint(codePoint);
      }
    }
    return text.toString();
  }

  private HttpResponse<String> send(Call call) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(
                URI.create(
                    "http://127.0.0.1:" + environment.getRequiredProperty("local.server.port")
                        + properties.getPartnerApi().getBasePath() + call.path()))
            .header("Authorization", "Bearer " + properties.getPartnerApi().getToken())
            .method(
                call.method(),
                call.body() == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(call.body(), StandardCharsets.UTF_8));
    if (call.contentType() != null && !call.contentType().isEmpty()) {
      request.header("Content-Type", call.contentType());
    }
    try {
      return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(call.toString(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static JsonNode read(String body, String what) {
    try {
      return JSON.readTree(body);
    } catch (IOException e) {
      throw new AssertionError("not JSON: " + what, e);
    }
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }

  private static String abbreviate(String text) {
    return text.length() <= 200 ? text : text.substring(0, 200) + "…(" + text.length() + ")";
  }

  private String pick(String[] values) {
    return values[random.nextInt(values.length)];
  }

  private long pick(long[] values) {
    return values[random.nextInt(values.length)];
  }
}
