package io.github.aggregatorsdk.classpass.test.conformance;

import static io.github.aggregatorsdk.classpass.test.conformance.CheckFailed.expect;
import static io.github.aggregatorsdk.classpass.test.conformance.CheckFailed.expectError;
import static io.github.aggregatorsdk.classpass.test.conformance.CheckFailed.expectStatus;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.aggregatorsdk.classpass.test.conformance.ConformanceHost.Timing;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/** RES-*: reservations, from the first to a race for the last spots. */
final class ReservationChecks {

  private ReservationChecks() {}

  static void run(ConformanceRun run) {
    run.check("RES-1", "a new ClassPass user books a class: 200 {\"spot_label\": …}", () -> {
      String id = run.host().createClass(Timing.EARLY, 2);
      Reply reply = run.reserve(id, run.newId("res"), run.newId("user"));
      expectStatus(reply, 200, "200 {\"spot_label\": \"<label or empty>\"}");
      expect(reply.json().path("spot_label").isTextual(), "\"spot_label\" as a string",
          reply.describe());
    });
    run.check("RES-2", "a returning ClassPass user books a second class", () -> {
      String user = run.newId("user");
      String first = run.host().createClass(Timing.EARLY, 2);
      String second = run.host().createClass(Timing.EARLY, 2);
      expectStatus(run.reserve(first, run.newId("res"), user), 200, "200 for the first class");
      Reply reply = run.reserve(second, run.newId("res"), user);
      expectStatus(reply, 200, "200 for the same user's reservation of another class");
    });
    run.check("RES-3", "a redelivered reservation gets the same answer and books once", () -> {
      String id = run.host().createClass(Timing.EARLY, 2);
      String reservation = run.newId("res");
      String user = run.newId("user");
      Reply first = run.reserve(id, reservation, user);
      expectStatus(first, 200, "200 for the first delivery");
      Reply again = run.reserve(id, reservation, user);
      expect(again.status() == 200 && again.json().equals(first.json()),
          "the first answer again: " + first.describe(), again.describe());
      long held = run.attendance(id).stream()
          .filter(item -> reservation.equals(item.path("reservation_id").asText())).count();
      expect(held == 1, "one attendance entry for " + reservation, held + " entries");
    });
    run.check("RES-4", "the same user twice on one class is 4006 ALREADY_RESERVED_EXCEPTION",
        () -> {
          String id = run.host().createClass(Timing.EARLY, 2);
          String user = run.newId("user");
          expectStatus(run.reserve(id, run.newId("res"), user), 200, "200 for the first");
          expectError(run.reserve(id, run.newId("res"), user), 4006,
              "ALREADY_RESERVED_EXCEPTION");
        });
    run.check("RES-5", "a reservation of an unknown class is 4001 RESERVATION_EXCEPTION",
        () -> expectError(run.reserve(run.newId("no-such-class"), run.newId("res"),
            run.newId("user")), 4001, "RESERVATION_EXCEPTION"));
    int spots = run.settings.raceSpots();
    int requests = run.settings.raceRequests();
    run.check("RES-6", requests + " parallel reservations for " + spots + " free ClassPass spots"
        + " book exactly " + spots + ", the rest get 4003 NO_CAPACITY_EXCEPTION",
        () -> race(run, spots, requests));
  }

  private static void race(ConformanceRun run, int spots, int requests) throws Exception {
    run.venuePath(); // skips before a class is made when no venue was found
    String id = run.host().createClass(Timing.EARLY, spots);
    ExecutorService pool = Executors.newFixedThreadPool(requests);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<Reply>> replies = new ArrayList<>();
      for (int i = 0; i < requests; i++) {
        String reservation = run.newId("race");
        String user = run.newId("user");
        replies.add(pool.submit(() -> {
          start.await();
          // As ClassPass does: a 503 from a saturated server is sent again, same id and body.
          Reply reply = run.reserve(id, reservation, user);
          for (int retry = 0; reply.status() == 503 && retry < 100; retry++) {
            Thread.sleep(20);
            reply = run.reserve(id, reservation, user);
          }
          return reply;
        }));
      }
      start.countDown();
      int booked = 0;
      Map<String, Integer> refused = new TreeMap<>();
      for (Future<Reply> future : replies) {
        Reply reply = future.get(60, TimeUnit.SECONDS);
        if (reply.status() == 200) {
          booked++;
        } else {
          refused.merge(reply.status() + "/" + reply.errorCode(), 1, Integer::sum);
        }
      }
      String outcome = booked + " booked (200), refused by status/code: " + refused;
      expect(booked == spots && refused.equals(refusals(requests - spots)),
          spots + " booked (200), refused by status/code: " + refusals(requests - spots),
          outcome);
      List<JsonNode> attendance = run.attendance(id);
      long enrolled = attendance.stream()
          .filter(item -> "ENROLLED".equals(item.path("status").asText())).count();
      expect(enrolled == spots, spots + " ENROLLED in the class's attendance",
          enrolled + " ENROLLED");
    } finally {
      pool.shutdownNow();
    }
  }

  private static Map<String, Integer> refusals(int count) {
    return count == 0 ? Map.of() : new TreeMap<>(Map.of("400/4003", count));
  }
}
