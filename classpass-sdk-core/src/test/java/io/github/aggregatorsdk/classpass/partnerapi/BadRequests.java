package io.github.aggregatorsdk.classpass.partnerapi;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Bad requests apart from their bodies: missing or wrong tokens on every endpoint, wrong methods on
 * every path, unknown paths, bad paging on every list, bad date ranges, and unknown ids on every
 * endpoint.
 */
final class BadRequests {

  static final String DATES = "start_date=2026-03-10&end_date=2026-03-12";

  /** One valid request per endpoint: method, path and body. */
  private static final List<String[]> ENDPOINTS =
      List.of(
          new String[] {"GET", "/partners", null},
          new String[] {"GET", "/partners/p-1", null},
          new String[] {"GET", "/partners/p-1/venues", null},
          new String[] {"GET", "/partners/p-1/venues/v-1", null},
          new String[] {"GET", "/partners/p-1/venues/v-1/schedules?" + DATES, null},
          new String[] {"GET", "/partners/p-1/venues/v-1/schedules/s-1/attendance", null},
          new String[] {"POST", "/reservations", BadBodies.NEW_RESERVATION},
          new String[] {"PATCH", BadBodies.EXISTING, StudioData.cancellation()});

  private static final List<String> LISTS =
      List.of(
          "/partners?",
          "/partners/p-1/venues?",
          "/partners/p-1/venues/v-1/schedules?" + DATES + "&",
          "/partners/p-1/venues/v-1/schedules/s-1/attendance?");

  private BadRequests() {}

  static List<BadInput> all() {
    List<BadInput> cases = new ArrayList<>();
    authentication(cases);
    methods(cases);
    unknownPaths(cases);
    paging(cases);
    dates(cases);
    unknownIds(cases);
    return cases;
  }

  private static void authentication(List<BadInput> cases) {
    String token = PartnerApiFixture.TOKEN;
    Map<String, String> variants = new LinkedHashMap<>();
    variants.put("no Authorization", null);
    variants.put("empty Authorization", "");
    variants.put("scheme only", "Bearer");
    variants.put("scheme and space", "Bearer ");
    variants.put("wrong token", "Bearer wrong-token");
    variants.put(
        "token missing its last character", "Bearer " + token.substring(0, token.length() - 1));
    variants.put("token with a character more", "Bearer " + token + "x");
    variants.put("token in upper case", "Bearer " + token.toUpperCase());
    variants.put("Basic scheme", "Basic " + token);
    variants.put("no space after the scheme", "Bearer" + token);
    variants.put("token without scheme", token);
    variants.put("Token scheme with a wrong token", "Token wrong-token");
    for (String[] endpoint : ENDPOINTS) {
      variants.forEach(
          (name, authorization) -> {
            Map<String, String> headers = new LinkedHashMap<>();
            headers.put("Content-Type", "application/json");
            if (authorization != null) {
              headers.put("Authorization", authorization);
            }
            cases.add(
                new BadInput(
                    endpoint[0] + " " + endpoint[1] + " with " + name,
                    endpoint[0],
                    endpoint[1],
                    endpoint[2],
                    headers,
                    401,
                    false));
          });
    }
  }

  private static void methods(List<BadInput> cases) {
    for (String[] endpoint : ENDPOINTS) {
      for (String method : List.of("GET", "POST", "PUT", "PATCH", "DELETE", "get")) {
        if (!method.equals(endpoint[0])) {
          cases.add(
              new BadInput(
                  method + " " + endpoint[1],
                  method,
                  endpoint[1],
                  endpoint[2],
                  PartnerApiFixture.withJson(PartnerApiFixture.AUTH),
                  405,
                  false));
        }
      }
    }
  }

  private static void unknownPaths(List<BadInput> cases) {
    for (String path :
        List.of(
            "",
            "/",
            "/partner",
            "/PARTNERS",
            "//partners",
            "/partners//venues",
            "/partners/p-1/venues/v-1/schedules/s-1",
            "/partners/p-1/venues/v-1/schedules/s-1/attendance/extra",
            "/reservations/r-existing/cancel",
            "/partners/%20",
            "/partners/p-1/venues/%09")) {
      cases.add(get("unknown path " + path, path, 404, false));
    }
    cases.add(get("path not UTF-8", "/partners/%C3", 400, false));
    cases.add(get("path with an overlong encoding", "/partners/%C0%AF", 400, false));
  }

  private static void paging(List<BadInput> cases) {
    List<String> bad =
        List.of(
            "page=0",
            "page=-1",
            "page=abc",
            "page=1.5",
            "page=",
            "page",
            "page=99999999999",
            "page=%C3%28",
            "page=+1",
            "page=%D9%A3",
            "page=1e2",
            "page=0x10",
            "page=1&page=2",
            "page_size=0",
            "page_size=-5",
            "page_size=x",
            "page_size=",
            "page_size=10&page_size=20",
            "page_size=2147483648");
    for (String list : LISTS) {
      for (String query : bad) {
        cases.add(get(query + " on " + list, list + query, 400, false));
      }
    }
  }

  private static void dates(List<BadInput> cases) {
    String schedules = "/partners/p-1/venues/v-1/schedules";
    List<String> bad =
        List.of(
            "",
            "end_date=2026-03-12",
            "start_date=2026-03-10",
            "start_date=2026/03/10&end_date=2026-03-12",
            "start_date=10-03-2026&end_date=2026-03-12",
            "start_date=2026-02-30&end_date=2026-03-12",
            "start_date=2026-3-1&end_date=2026-03-12",
            "start_date=&end_date=2026-03-12",
            "start_date=today&end_date=2026-03-12",
            "start_date=2026-03-10&end_date=2026-13-01",
            "start_date=+2026-03-10&end_date=2026-03-12",
            "start_date=2026-03-10T00:00&end_date=2026-03-12",
            "start_date=2026-03-10&start_date=2026-03-11&end_date=2026-03-12",
            "start_date=2026-03-12&end_date=2026-03-10",
            "start_date=2026-01-01&end_date=2026-04-03",
            "start_date=2026-01-01&end_date=9999-12-31",
            "start_date=-999999999-01-01&end_date=2026-03-12",
            "start_date=+999999999-12-31&end_date=+999999999-12-31",
            "start_date=2025-03-01&end_date=2025-03-02",
            "start_date=2032-03-01&end_date=2032-03-02");
    for (String query : bad) {
      cases.add(
          get(
              "schedules with " + (query.isEmpty() ? "no dates" : query),
              schedules + "?" + query,
              400,
              false));
    }
  }

  private static void unknownIds(List<BadInput> cases) {
    for (String path :
        List.of(
            "/partners/nope",
            "/partners/nope/venues",
            "/partners/nope/venues/v-1",
            "/partners/p-1/venues/nope",
            "/partners/p-2/venues/v-1",
            "/partners/nope/venues/v-1/schedules?" + DATES,
            "/partners/p-1/venues/nope/schedules?" + DATES,
            "/partners/p-2/venues/v-1/schedules?" + DATES,
            "/partners/p-1/venues/v-1/schedules/nope/attendance",
            "/partners/p-1/venues/v-2/schedules/s-1/attendance",
            "/partners/p-2/venues/v-1/schedules/s-1/attendance")) {
      cases.add(get("unknown id in " + path, path, 404, true));
    }
    Map<String, String> json = PartnerApiFixture.withJson(PartnerApiFixture.AUTH);
    for (String[] reservation :
        List.of(
            new String[] {"unknown schedule", "r-new", "nope", "cp-new"},
            new String[] {"schedule closed to ClassPass", "r-new", "s-2", "cp-new"},
            new String[] {"cancelled schedule", "r-new", "s-5", "cp-new"},
            new String[] {"user already booked", "r-new", "s-1", "cp-existing"},
            new String[] {"reservation id used for another user", "r-existing", "s-1", "cp-new"})) {
      cases.add(
          new BadInput(
              "POST reservation, " + reservation[0],
              "POST",
              "/reservations",
              StudioData.reservation(reservation[1], reservation[2], reservation[3]),
              json,
              400,
              true));
    }
    cases.add(
        new BadInput(
            "PATCH unknown reservation",
            "PATCH",
            "/reservations/nope",
            StudioData.cancellation(),
            json,
            400,
            true));
    cases.add(
        new BadInput(
            "PATCH reservation of another partner",
            "PATCH",
            BadBodies.EXISTING,
            "{\"partner_id\": \"p-2\"}",
            json,
            400,
            true));
  }

  private static BadInput get(String name, String pathAndQuery, int status, boolean touchesSpi) {
    return new BadInput(
        name, "GET", pathAndQuery, null, PartnerApiFixture.AUTH, status, touchesSpi);
  }
}
