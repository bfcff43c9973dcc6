package io.github.aggregatorsdk.classpass.test.conformance;

import static io.github.aggregatorsdk.classpass.test.conformance.ConformanceRun.encode;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * INPUT-*: malformed, oversized and hostile requests get a 4xx in the ClassPass error format,
 * never a 5xx (ClassPass retries a 5xx for ever). Every request names a class, reservation or
 * partner that does not exist, so a deployed host books nothing.
 */
final class HostileInputChecks {

  /**
   * One request. {@code mayPass}: a host may also answer it 2xx (the contract is silent).
   * {@code serverMayRefuse}: HTTP servers commonly refuse it before the application sees it (an
   * encoded control character in the path), so any 4xx passes; never a 5xx. {@code mayClose}: a
   * body beyond the host's limit, which HTTP lets a server refuse by closing the connection (RFC
   * 9110, 413), so no answer passes too.
   */
  private record Case(String name, String method, String path, String contentType, String body,
      boolean mayPass, boolean serverMayRefuse, boolean mayClose) {

    Case(String name, String method, String path, String contentType, String body,
        boolean mayPass) {
      this(name, method, path, contentType, body, mayPass, false, false);
    }

    Case refusedByServersToo() {
      return new Case(name, method, path, contentType, body, mayPass, true, mayClose);
    }

    Case mayCloseTheConnection() {
      return new Case(name, method, path, contentType, body, mayPass, serverMayRefuse, true);
    }
  }

  private HostileInputChecks() {}

  static void run(ConformanceRun run) {
    run.check("INPUT-1", "malformed and oversized reservation bodies are 4xx in the ClassPass"
        + " error format, never 5xx", () -> verify(run, reservationCases(run)));
    run.check("INPUT-2", "malformed cancellations are 4xx in the ClassPass error format, never"
        + " 5xx", () -> verify(run, cancellationCases(run)));
    run.check("INPUT-3", "malformed paging and date parameters are 4xx in the ClassPass error"
        + " format, never 5xx", () -> verify(run, queryCases(run)));
    run.check("INPUT-4", "unknown paths, ids and methods are 4xx in the ClassPass error format,"
        + " never 5xx", () -> verify(run, pathCases(run)));
  }

  private static void verify(ConformanceRun run, List<Case> cases) {
    List<String> wrong = new ArrayList<>();
    for (Case c : cases) {
      Reply reply = run.calls.send(c.method, c.path, run.calls.bearer(), c.contentType, c.body);
      boolean clientError = reply.status() >= 400 && reply.status() < 500
          && (reply.hasErrorBody() || c.serverMayRefuse);
      boolean passed = c.mayPass && reply.status() >= 200 && reply.status() < 300;
      boolean closed = c.mayClose && reply.status() == 0;
      if (!clientError && !passed && !closed) {
        wrong.add(c.name + ": " + reply.describe());
      }
    }
    CheckFailed.expect(wrong.isEmpty(),
        "each of " + cases.size() + " requests answered 4xx {\"error\": {\"code\", \"name\","
            + " \"message\"}}",
        wrong.size() + " not: " + String.join(" | ", wrong));
  }

  private static List<Case> reservationCases(ConformanceRun run) {
    Map<String, Object> valid = PartnerApiCalls.reservation(run.newId("res"), run.partnerId(),
        run.venueId(), run.newId("no-such-class"), run.newId("u"));
    String text = PartnerApiCalls.write(valid);
    String head = text.substring(0, text.length() - 1);
    @SuppressWarnings("unchecked")
    Map<String, Object> user = (Map<String, Object>) valid.get("user");
    Map<String, String> bodies = new LinkedHashMap<>();
    bodies.put("empty body", "");
    bodies.put("truncated JSON", "{\"reservation_id\": ");
    bodies.put("JSON null", "null");
    bodies.put("JSON array", "[]");
    bodies.put("JSON string", "\"reserve\"");
    bodies.put("empty object", "{}");
    bodies.put("no reservation_id", json(with(valid, "reservation_id", null)));
    bodies.put("numeric reservation_id", json(with(valid, "reservation_id", 12345)));
    bodies.put("boolean schedule_id", json(with(valid, "schedule_id", true)));
    bodies.put("user a string", json(with(valid, "user", "someone")));
    bodies.put("no user", json(with(valid, "user", null)));
    bodies.put("user without user_id", json(with(valid, "user", with(user, "user_id", null))));
    bodies.put("5000-character first_name",
        json(with(valid, "user", with(user, "first_name", "x".repeat(5000)))));
    bodies.put("10000-character reservation_id",
        json(with(valid, "reservation_id", "r".repeat(10_000))));
    bodies.put("NUL in last_name",
        json(with(valid, "user", with(user, "last_name", "Run\u0000ner"))));
    bodies.put("lone surrogate in first_name",
        text.replace("\"Conformance\"", "\"Con\\ud800formance\""));
    bodies.put("duplicate keys", head + ",\"schedule_id\": \"other\"}");
    bodies.put("number beyond double", head + ",\"extra\": 1e999999}");
    bodies.put("deeply nested", "[".repeat(5000) + "]".repeat(5000));
    bodies.put("100 KiB body", head + ",\"padding\": \"" + "p".repeat(100 * 1024) + "\"}");
    bodies.put("spot_label of 5000 characters", json(with(valid, "spot_label", "s".repeat(5000))));
    bodies.put("unknown schedule", text);
    List<Case> cases = new ArrayList<>();
    bodies.forEach((name, body) -> {
      Case c = new Case(name, "POST", "/reservations", "application/json", body, false);
      cases.add(body.length() > 64 * 1024 ? c.mayCloseTheConnection() : c);
    });
    cases.add(new Case("text/plain body", "POST", "/reservations", "text/plain", text, false));
    cases.add(new Case("XML body", "POST", "/reservations", "application/xml",
        "<reservation/>", false));
    return cases;
  }

  /** A copy with {@code key} set, or removed for null. */
  private static Map<String, Object> with(Map<String, Object> map, String key, Object value) {
    Map<String, Object> copy = new LinkedHashMap<>(map);
    if (value == null) {
      copy.remove(key);
    } else {
      copy.put(key, value);
    }
    return copy;
  }

  private static String json(Object body) {
    return PartnerApiCalls.write(body);
  }

  private static List<Case> cancellationCases(ConformanceRun run) {
    String partner = run.partnerId();
    String path = "/reservations/" + encode(run.newId("no-such-res"));
    String json = "application/json";
    return List.of(
        new Case("empty body", "PATCH", path, json, "", false),
        new Case("truncated JSON", "PATCH", path, json, "{\"partner_id\": ", false),
        new Case("no partner_id", "PATCH", path, json, "{\"is_late_cancel\": false}", false),
        new Case("is_late_cancel a string", "PATCH", path, json,
            "{\"partner_id\": \"" + partner + "\", \"is_late_cancel\": \"yes\"}", false),
        new Case("numeric partner_id", "PATCH", path, json, "{\"partner_id\": 7}", false),
        new Case("1000-character reservation id", "PATCH",
            "/reservations/" + "r".repeat(1000), json,
            "{\"partner_id\": \"" + partner + "\"}", false),
        new Case("control character in the id", "PATCH", "/reservations/a%00b%0A", json,
            "{\"partner_id\": \"" + partner + "\"}", false).refusedByServersToo(),
        new Case("unknown reservation", "PATCH", path, json,
            "{\"partner_id\": \"" + partner + "\", \"is_late_cancel\": false}", false));
  }

  private static List<Case> queryCases(ConformanceRun run) {
    String venue = run.venuePath();
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    String dates = "start_date=" + today + "&end_date=" + today.plusDays(6);
    List<Case> cases = new ArrayList<>();
    for (String query : List.of("page=0", "page=-1", "page=abc", "page=99999999999999999999",
        "page=1.5", "page_size=0", "page_size=-5", "page_size=abc",
        "page_size=99999999999999999999")) {
      cases.add(new Case("/partners?" + query, "GET", "/partners?" + query, null, null, false));
    }
    cases.add(new Case("page=2147483647", "GET", "/partners?page=2147483647", null, null, true));
    for (String query : List.of("start_date=2026-13-45&end_date=2026-12-01",
        "start_date=%2B999999999-12-31&end_date=%2B999999999-12-31",
        "start_date=tomorrow&end_date=today",
        "start_date=" + today + "%27%3B%20DROP%20TABLE%20classes&end_date=" + today,
        "start_date=" + today.plusDays(5) + "&end_date=" + today,
        dates + "&page=0")) {
      cases.add(new Case("schedules?" + query, "GET", venue + "/schedules?" + query, null, null,
          false));
    }
    cases.add(new Case("schedules without dates", "GET", venue + "/schedules", null, null,
        true));
    cases.add(new Case("schedules over 400 days", "GET", venue + "/schedules?start_date="
        + today + "&end_date=" + today.plusDays(400), null, null, true));
    return cases;
  }

  private static List<Case> pathCases(ConformanceRun run) {
    String venue = run.venuePath();
    return List.of(
        new Case("DELETE a reservation", "DELETE", "/reservations/x", null, null, false),
        new Case("PUT a reservation", "PUT", "/reservations/x", "application/json",
            "{\"partner_id\": \"" + run.partnerId() + "\"}", false),
        new Case("GET /reservations", "GET", "/reservations", null, null, false),
        new Case("POST /partners", "POST", "/partners", "application/json", "{}", false),
        new Case("1000-character partner id", "GET", "/partners/" + "p".repeat(1000), null,
            null, false),
        new Case("control character in a partner id", "GET", "/partners/a%00b", null, null,
            false).refusedByServersToo(),
        new Case("unknown venue", "GET", "/partners/" + encode(run.partnerId()) + "/venues/"
            + encode(run.newId("no-such-venue")), null, null, false),
        new Case("unknown endpoint", "GET", "/no-such-endpoint", null, null, false),
        new Case("attendance of an unknown class", "GET", venue + "/schedules/"
            + encode(run.newId("no-such-class")) + "/attendance", null, null, true));
  }
}
