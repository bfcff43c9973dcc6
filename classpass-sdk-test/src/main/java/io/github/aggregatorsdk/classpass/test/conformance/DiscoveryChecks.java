package io.github.aggregatorsdk.classpass.test.conformance;

import static io.github.aggregatorsdk.classpass.test.conformance.CheckFailed.expect;
import static io.github.aggregatorsdk.classpass.test.conformance.CheckFailed.expectStatus;
import static io.github.aggregatorsdk.classpass.test.conformance.ConformanceRun.encode;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;

/** DISC-* and PAGE-*: the listing endpoints, their shapes and their paging. */
final class DiscoveryChecks {

  private static final List<String> SCHEDULE_IDS = List.of("id", "partner_id", "venue_id");

  private DiscoveryChecks() {}

  static void run(ConformanceRun run) {
    run.check("DISC-1", "GET /partners lists partners with string ids and a pagination object",
        () -> {
          Reply reply = run.calls.get("/partners");
          JsonNode partners = list(reply, "partners");
          for (JsonNode partner : partners) {
            expectString(reply, partner, "partner_id");
            expectString(reply, partner, "partner_name");
          }
          String partnerId = run.optionalHost().flatMap(ConformanceHost::partnerId)
              .orElseGet(() -> partners.isEmpty() ? null : partners.get(0).get("partner_id")
                  .asText());
          expect(partnerId != null, "at least one partner", reply.describe());
          run.foundPartner(partnerId);
        });
    run.check("DISC-2", "GET /partners/{partner_id} answers {\"partner\": …} for that partner",
        () -> {
          Reply reply = run.calls.get("/partners/" + encode(run.partnerId()));
          expectStatus(reply, 200, "200 {\"partner\": {\"partner_id\": \"" + run.partnerId()
              + "\", …}}");
          expect(run.partnerId().equals(reply.json().at("/partner/partner_id").textValue()),
              "partner.partner_id \"" + run.partnerId() + "\" (a string)", reply.describe());
        });
    run.check("DISC-3", "GET /partners/{partner_id}/venues lists venues with string ids", () -> {
      Reply reply = run.calls.get("/partners/" + encode(run.partnerId()) + "/venues");
      JsonNode venues = list(reply, "venues");
      for (JsonNode venue : venues) {
        expectString(reply, venue, "venue_id");
        expectString(reply, venue, "partner_id");
        expectString(reply, venue, "venue_name");
      }
      String venueId = run.optionalHost().flatMap(ConformanceHost::venueId)
          .orElseGet(() -> venues.isEmpty() ? null : venues.get(0).get("venue_id").asText());
      expect(venueId != null, "at least one venue", reply.describe());
      run.foundVenue(venueId);
    });
    run.check("DISC-4", "GET /partners/{partner_id}/venues/{venue_id} answers {\"venue\": …}",
        () -> {
          Reply reply = run.calls.get(run.venuePath());
          expectStatus(reply, 200, "200 {\"venue\": {\"venue_id\": \"" + run.venueId()
              + "\", …}}");
          expect(run.venueId().equals(reply.json().at("/venue/venue_id").textValue()),
              "venue.venue_id \"" + run.venueId() + "\" (a string)", reply.describe());
        });
    run.check("DISC-5", "GET …/schedules?start_date&end_date lists schedules in the contract's"
        + " types (string ids, integer spots, is_cancelled, has_layout, last_updated, offsets)",
        () -> {
          LocalDate today = LocalDate.now(ZoneOffset.UTC);
          Reply reply = run.calls.get(run.venuePath() + "/schedules?start_date=" + today
              + "&end_date=" + today.plusDays(13));
          for (JsonNode schedule : list(reply, "schedules")) {
            checkSchedule(reply, schedule);
          }
        });
    run.check("DISC-6", "a class the host makes is listed with its ClassPass spots, not cancelled",
        () -> {
          String id = run.host().createClass(ConformanceHost.Timing.EARLY, 2);
          JsonNode listed = run.listedSchedule(id).orElseThrow(() -> new CheckFailed(
              "schedule " + id + " in the venue's schedules", "not listed"));
          checkSchedule(new Reply("GET …/schedules", 200, listed.toString()), listed);
          expect(listed.path("available_spots").asInt() == 2
                  && !listed.path("is_cancelled").asBoolean(true),
              "available_spots 2 and is_cancelled false",
              "available_spots " + listed.path("available_spots") + " and is_cancelled "
                  + listed.path("is_cancelled"));
        });
    run.check("DISC-7", "an unknown partner is a 4xx in the ClassPass error format", () -> {
      Reply reply = run.calls.get("/partners/" + encode(run.newId("no-such-partner")));
      expect(reply.status() >= 400 && reply.status() < 500 && reply.hasErrorBody(),
          "404 {\"error\": {\"code\", \"name\", \"message\"}}", reply.describe());
    });
    paging(run);
  }

  private static void paging(ConformanceRun run) {
    run.check("PAGE-1", "page and page_size are honoured: page=1&page_size=1 gives one item",
        () -> {
          Reply reply = run.calls.get("/partners?page=1&page_size=1");
          JsonNode partners = list(reply, "partners");
          expect(partners.size() <= 1 && reply.json().at("/pagination/page").asInt() == 1
                  && reply.json().at("/pagination/page_size").asInt() == 1,
              "at most 1 partner, pagination page 1 and page_size 1", reply.describe());
        });
    run.check("PAGE-2", "a page past the last is 200 with an empty list", () -> {
      Reply first = run.calls.get("/partners/" + encode(run.partnerId()) + "/venues");
      int past = first.json().at("/pagination/total_pages").asInt(1) + 1;
      Reply reply = run.calls.get("/partners/" + encode(run.partnerId()) + "/venues?page=" + past);
      expect(reply.status() == 200 && reply.json().path("venues").isArray()
              && reply.json().path("venues").isEmpty(),
          "200 {\"venues\": [], \"pagination\": …} for page " + past, reply.describe());
    });
    run.check("PAGE-3", "a page_size above the host's maximum is clamped, not refused", () -> {
      Reply reply = run.calls.get("/partners?page_size=100000");
      list(reply, "partners");
      int used = reply.json().at("/pagination/page_size").asInt(-1);
      expect(used >= 1 && used <= 100000,
          "200 with pagination.page_size the size used (1 to 100000)", reply.describe());
    });
  }

  /** The list under {@code key} of a 200 answer with a well-typed pagination object. */
  private static JsonNode list(Reply reply, String key) {
    expectStatus(reply, 200, "200 {\"" + key + "\": [...], \"pagination\": {...}}");
    JsonNode json = reply.json();
    expect(json.path(key).isArray(), "a \"" + key + "\" array", reply.describe());
    JsonNode pagination = json.path("pagination");
    expect(pagination.path("page").isInt() && pagination.path("page_size").isInt()
            && pagination.path("total_pages").isInt(),
        "\"pagination\": {\"page\", \"page_size\", \"total_pages\"} as integers",
        reply.describe());
    return json.get(key);
  }

  private static void checkSchedule(Reply reply, JsonNode schedule) {
    for (String field : SCHEDULE_IDS) {
      expectString(reply, schedule, field);
    }
    String id = schedule.path("id").asText();
    expect(schedule.path("total_spots").isInt() && schedule.path("available_spots").isInt(),
        "schedule " + id + ": total_spots and available_spots as integers", schedule.toString());
    expect(schedule.path("is_cancelled").isBoolean() && schedule.path("has_layout").isBoolean(),
        "schedule " + id + ": is_cancelled and has_layout always present, as booleans",
        schedule.toString());
    for (String field : List.of("start_datetime", "end_datetime", "last_updated")) {
      try {
        OffsetDateTime.parse(schedule.path(field).asText());
      } catch (DateTimeParseException e) {
        throw new CheckFailed("schedule " + id + ": " + field + " an ISO-8601 date-time with"
            + " offset", schedule.path(field).toString());
      }
    }
    expect(schedule.path("class").path("id").isTextual(),
        "schedule " + id + ": class.id a string", schedule.path("class").toString());
  }

  private static void expectString(Reply reply, JsonNode item, String field) {
    expect(item.path(field).isTextual(), "\"" + field + "\" as a JSON string", reply.describe());
  }
}
