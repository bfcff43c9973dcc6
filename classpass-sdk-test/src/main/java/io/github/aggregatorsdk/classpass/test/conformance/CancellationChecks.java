package io.github.aggregatorsdk.classpass.test.conformance;

import static io.github.aggregatorsdk.classpass.test.conformance.CheckFailed.expect;
import static io.github.aggregatorsdk.classpass.test.conformance.CheckFailed.expectError;
import static io.github.aggregatorsdk.classpass.test.conformance.CheckFailed.expectStatus;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.aggregatorsdk.classpass.test.conformance.ConformanceHost.Timing;
import java.time.Duration;
import java.util.Optional;

/** CAN-* and ATT-*: cancellations in and out of their windows, and the attendance list. */
final class CancellationChecks {

  private CancellationChecks() {}

  static void run(ConformanceRun run) {
    run.check("CAN-1", "an early cancellation is 200 {\"is_late_cancel\": false}", () -> {
      String id = run.host().createClass(Timing.EARLY, 2);
      String reservation = run.bookNewUser(id);
      // ClassPass's own view is sent as "late": the host's decision is the answer.
      Reply reply = run.cancel(reservation, true);
      expect(reply.status() == 200 && reply.json().path("is_late_cancel").isBoolean()
              && !reply.json().path("is_late_cancel").booleanValue(),
          "200 {\"is_late_cancel\": false}", reply.describe());
    });
    run.check("CAN-2", "a cancellation inside the late-cancel window is 200"
        + " {\"is_late_cancel\": true}", () -> {
          String id = run.host().createClass(Timing.IN_LATE_CANCEL_WINDOW, 2);
          String reservation = run.bookNewUser(id);
          Reply reply = run.cancel(reservation, false);
          expect(reply.status() == 200 && reply.json().path("is_late_cancel").booleanValue(),
              "200 {\"is_late_cancel\": true}", reply.describe());
        });
    run.check("CAN-3", "cancelling an unknown reservation is 4002 CANCELLATION_EXCEPTION",
        () -> expectError(run.cancel(run.newId("no-such-res"), false), 4002,
            "CANCELLATION_EXCEPTION"));
    run.check("CAN-4", "cancelling after the class started is 4002 CANCELLATION_EXCEPTION",
        () -> {
          long made = System.nanoTime();
          String id = run.host().createClass(Timing.STARTING_SOON, 2);
          String reservation = run.bookNewUser(id);
          long waited = System.nanoTime() - made;
          long left = ClassPassConformance.STARTING_SOON.plusSeconds(1).toNanos() - waited;
          if (left > 0) {
            Thread.sleep(Duration.ofNanos(left).toMillis());
          }
          expectError(run.cancel(reservation, true), 4002, "CANCELLATION_EXCEPTION");
        });
    run.check("ATT-1", "the attendance list shows a booking as ENROLLED with its cp_user_id",
        () -> {
          String id = run.host().createClass(Timing.EARLY, 2);
          String user = run.newId("user");
          String reservation = run.newId("res");
          expectStatus(run.reserve(id, reservation, user), 200, "200 for the reservation");
          JsonNode item = entry(run, id, reservation).orElseThrow(() -> new CheckFailed(
              "an attendance entry for " + reservation, "none"));
          expect("ENROLLED".equals(item.path("status").asText())
                  && user.equals(item.path("cp_user_id").textValue())
                  && item.path("last_updated").isTextual(),
              "{\"cp_user_id\": \"" + user + "\", \"reservation_id\": \"" + reservation
                  + "\", \"status\": \"ENROLLED\", \"last_updated\": …}", item.toString());
        });
    run.check("ATT-2", "a no-show the studio records is MISSED in the attendance list", () -> {
      String id = run.host().createClass(Timing.EARLY, 2);
      String reservation = run.bookNewUser(id);
      run.host().markNoShow(reservation);
      JsonNode item = entry(run, id, reservation).orElseThrow(() -> new CheckFailed(
          "an attendance entry for " + reservation, "none"));
      expect("MISSED".equals(item.path("status").asText()), "status MISSED", item.toString());
    });
  }

  static Optional<JsonNode> entry(ConformanceRun run, String scheduleId, String reservationId) {
    return run.attendance(scheduleId).stream()
        .filter(item -> reservationId.equals(item.path("reservation_id").asText()))
        .findFirst();
  }
}
