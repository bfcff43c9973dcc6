package io.github.aggregatorsdk.classpass.test.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.aggregatorsdk.classpass.test.FakeClassPass;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The state of one run: the calls, the host and fake ClassPass when given, the partner and venue
 * found, and the results so far. Checks run one at a time on the caller's thread.
 */
final class ConformanceRun {

  /** Written into ids the runner makes, so that a host's logs show where they came from. */
  private final String prefix = "cf-" + UUID.randomUUID().toString().substring(0, 8);
  private final AtomicInteger sequence = new AtomicInteger();

  final PartnerApiCalls calls;
  private final ConformanceHost host;
  private final FakeClassPass fake;
  final Settings settings;
  private final List<CheckResult> results = new ArrayList<>();
  private String partnerId;
  private String venueId;

  /** The numbers a run uses. */
  record Settings(int raceSpots, int raceRequests) {}

  ConformanceRun(PartnerApiCalls calls, ConformanceHost host, FakeClassPass fake,
      Settings settings) {
    this.calls = calls;
    this.host = host;
    this.fake = fake;
    this.settings = settings;
  }

  /** A body of a check: throws {@link CheckFailed} or {@link CheckSkipped} to end otherwise. */
  interface CheckBody {
    void run() throws Exception;
  }

  void check(String id, String description, CheckBody body) {
    CheckStatus status = CheckStatus.PASSED;
    String expected = "";
    String actual = "";
    try {
      body.run();
    } catch (CheckFailed failed) {
      status = CheckStatus.FAILED;
      expected = failed.expected();
      actual = failed.actual();
    } catch (CheckSkipped skipped) {
      status = CheckStatus.SKIPPED;
      expected = skipped.getMessage();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      status = CheckStatus.FAILED;
      expected = "the check to finish";
      actual = "interrupted";
    } catch (Exception | AssertionError e) {
      status = CheckStatus.FAILED;
      expected = "the check to run to its end";
      actual = e.toString();
    }
    results.add(new CheckResult(id, description, status, expected, actual));
  }

  List<CheckResult> results() {
    return results;
  }

  // ---- what a check needs ------------------------------------------------------------------

  ConformanceHost host() {
    if (host == null) {
      throw new CheckSkipped("needs a ConformanceHost to make classes and act as staff"
          + " (run it from the host's own tests)");
    }
    return host;
  }

  FakeClassPass fake() {
    if (fake == null) {
      throw new CheckSkipped("needs the FakeClassPass the host pushes to (withFakeClassPass)");
    }
    return fake;
  }

  Optional<ConformanceHost> optionalHost() {
    return Optional.ofNullable(host);
  }

  void foundPartner(String partnerId) {
    this.partnerId = partnerId;
  }

  void foundVenue(String venueId) {
    this.venueId = venueId;
  }

  String partnerId() {
    if (partnerId == null) {
      throw new CheckSkipped("no partner was found to check (see DISC-1)");
    }
    return partnerId;
  }

  String venueId() {
    if (venueId == null) {
      throw new CheckSkipped("no venue was found to check (see DISC-3)");
    }
    return venueId;
  }

  /** A new id with this run's prefix, for reservations and users. */
  String newId(String kind) {
    return prefix + "-" + kind + "-" + sequence.incrementAndGet();
  }

  String venuePath() {
    return "/partners/" + encode(partnerId()) + "/venues/" + encode(venueId());
  }

  // ---- ClassPass's calls ---------------------------------------------------------------------

  Reply reserve(String scheduleId, String reservationId, String userId) {
    return calls.post("/reservations", PartnerApiCalls.reservation(
        reservationId, partnerId(), venueId(), scheduleId, userId));
  }

  Reply cancel(String reservationId, boolean lateInClassPassView) {
    return calls.patch("/reservations/" + encode(reservationId),
        Map.of("partner_id", partnerId(), "is_late_cancel", lateInClassPassView));
  }

  /** Books a new user into a class; fails the check unless the host answers 200. */
  String bookNewUser(String scheduleId) {
    String reservationId = newId("res");
    Reply reply = reserve(scheduleId, reservationId, newId("user"));
    CheckFailed.expectStatus(reply, 200, "200 for a reservation on a class with a free spot");
    return reservationId;
  }

  /** Every attendance item of a class (all pages); fails the check on an error. */
  List<JsonNode> attendance(String scheduleId) {
    List<JsonNode> items = new ArrayList<>();
    for (int page = 1; page <= 50; page++) {
      Reply reply = calls.get(venuePath() + "/schedules/" + encode(scheduleId)
          + "/attendance?page=" + page + "&page_size=100");
      CheckFailed.expectStatus(reply, 200, "200 with the class's attendance list");
      JsonNode list = reply.json().path("attendance");
      CheckFailed.expect(list.isArray(), "an \"attendance\" array", reply.describe());
      list.forEach(items::add);
      if (page >= reply.json().at("/pagination/total_pages").asInt(1)) {
        break;
      }
    }
    return items;
  }

  /** The listing of a class between yesterday and 60 days ahead, empty when not listed. */
  Optional<JsonNode> listedSchedule(String scheduleId) {
    LocalDate from = LocalDate.now(ZoneOffset.UTC).minusDays(1);
    String range = "?start_date=" + from + "&end_date=" + from.plusDays(61);
    for (int page = 1; page <= 100; page++) {
      Reply reply = calls.get(venuePath() + "/schedules" + range + "&page=" + page
          + "&page_size=100");
      CheckFailed.expectStatus(reply, 200, "200 with the venue's schedules");
      for (JsonNode schedule : reply.json().path("schedules")) {
        if (scheduleId.equals(schedule.path("id").asText())) {
          return Optional.of(schedule);
        }
      }
      if (page >= reply.json().at("/pagination/total_pages").asInt(1)) {
        break;
      }
    }
    return Optional.empty();
  }

  static String encode(String segment) {
    return URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
