package io.github.aggregatorsdk.classpass.test.conformance;

import static io.github.aggregatorsdk.classpass.test.conformance.CheckFailed.expect;
import static io.github.aggregatorsdk.classpass.test.conformance.CheckFailed.expectError;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.aggregatorsdk.classpass.test.conformance.ConformanceHost.Timing;
import java.time.Duration;
import java.util.Optional;

/** CCAN-*: a class the studio cancels stops selling, everywhere ClassPass looks. */
final class ClassCancelledChecks {

  static final Duration PUSH_TIMEOUT = Duration.ofSeconds(15);

  private ClassCancelledChecks() {}

  static void run(ConformanceRun run) {
    String[] cancelled = new String[2];
    run.check("CCAN-1", "a class the studio cancels is listed with is_cancelled true (or not"
        + " at all)", () -> {
          String id = run.host().createClass(Timing.EARLY, 3);
          String reservation = run.bookNewUser(id);
          run.host().cancelClass(id);
          cancelled[0] = id;
          cancelled[1] = reservation;
          Optional<JsonNode> listed = run.listedSchedule(id);
          expect(listed.isEmpty() || listed.get().path("is_cancelled").asBoolean(false),
              "schedule " + id + " with \"is_cancelled\": true",
              "listed with \"is_cancelled\": " + listed.map(s -> s.path("is_cancelled").toString())
                  .orElse("") + ", \"available_spots\": "
                  + listed.map(s -> s.path("available_spots").toString()).orElse(""));
        });
    run.check("CCAN-2", "reserving a cancelled class is 4004 CLASS_CANCELLED_EXCEPTION", () -> {
      String id = cancelledClass(run, cancelled);
      expectError(run.reserve(id, run.newId("res"), run.newId("user")), 4004,
          "CLASS_CANCELLED_EXCEPTION");
    });
    run.check("CCAN-3", "a ClassPass booking on a cancelled class is CLASS_CANCELLED in the"
        + " attendance list", () -> {
          String id = cancelledClass(run, cancelled);
          JsonNode item = CancellationChecks.entry(run, id, cancelled[1]).orElseThrow(
              () -> new CheckFailed("an attendance entry for " + cancelled[1], "none"));
          expect("CLASS_CANCELLED".equals(item.path("status").asText()),
              "status CLASS_CANCELLED", item.toString());
        });
    run.check("CCAN-4", "the fake ClassPass receives the cancelled class with is_cancelled true"
        + " within " + PUSH_TIMEOUT.toSeconds() + " s", () -> {
          run.host();
          run.fake();
          String id = cancelledClass(run, cancelled);
          try {
            run.fake().awaitCancelled(id, PUSH_TIMEOUT);
          } catch (AssertionError e) {
            throw new CheckFailed("a SCHEDULE update for " + id + " with \"is_cancelled\": true",
                e.getMessage());
          }
        });
  }

  private static String cancelledClass(ConformanceRun run, String[] cancelled) {
    run.host();
    if (cancelled[0] == null) {
      throw new CheckSkipped("no cancelled class: CCAN-1 could not make one");
    }
    return cancelled[0];
  }
}
