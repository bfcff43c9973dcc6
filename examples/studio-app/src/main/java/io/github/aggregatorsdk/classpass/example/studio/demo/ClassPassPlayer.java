package io.github.aggregatorsdk.classpass.example.studio.demo;

import io.github.aggregatorsdk.classpass.spi.ClassSession;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Plays ClassPass: calls the studio's partner API over HTTP, with the partner API token, as
 * ClassPass would.
 */
final class ClassPassPlayer {

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final URI partnerApi;
  private final String token;
  private final List<DemoResult.Step> steps = new ArrayList<>();

  /**
   * @param partnerApi the partner API's base, for example {@code http://127.0.0.1:8080/classpass}
   * @param token the token ClassPass sends
   */
  ClassPassPlayer(URI partnerApi, String token) {
    this.partnerApi = partnerApi;
    this.token = token;
  }

  /**
   * Books into the class until ClassPass's limit refuses a booking, cancels one, redelivers one
   * and reads the attendance. Reservation ids are {@code <run>-1} to {@code <run>-4}.
   */
  List<DemoResult.Step> play(ClassSession session, LocalDate today, String run)
      throws IOException, InterruptedException {
    String venue = "/partners/" + session.partnerId() + "/venues/" + session.venueId();
    call("ClassPass lists the next two weeks", "GET",
        venue + "/schedules?start_date=" + today + "&end_date=" + today.plusDays(14), null);
    call("A new ClassPass user books " + session.activity().name(), "POST", "/reservations",
        reservation(session, run + "-1", "cp-user-2001", "Lena", "Park"));
    call("Maya Chen, whose profile already carries her ClassPass ID, books it too", "POST",
        "/reservations", reservation(session, run + "-2", DemoData.LINKED_CLASSPASS_ID, "Maya",
            "Chen"));
    call("A third ClassPass user takes the last ClassPass spot", "POST", "/reservations",
        reservation(session, run + "-3", "cp-user-2002", "Omar", "Diaz"));
    call("A fourth finds the ClassPass limit reached", "POST", "/reservations",
        reservation(session, run + "-4", "cp-user-2003", "Ines", "Ferreira"));
    call("ClassPass delivers the first reservation again", "POST", "/reservations",
        reservation(session, run + "-1", "cp-user-2001", "Lena", "Park"));
    call("The new user cancels, days before the class", "PATCH", "/reservations/" + run + "-1",
        "{\"partner_id\": \"" + session.partnerId() + "\", \"is_late_cancel\": false}");
    call("ClassPass reads the class's attendance", "GET",
        venue + "/schedules/" + session.id() + "/attendance", null);
    return steps;
  }

  private static String reservation(
      ClassSession session, String reservationId, String userId, String first, String last) {
    return """
        {"reservation_id": "%s", "partner_id": "%s", "venue_id": "%s", "schedule_id": "%s",
         "user": {"user_id": "%s", "first_name": "%s", "last_name": "%s",
                  "user_email": "%s.%s@example.com", "phone": "+1 212-555-0199"}}
        """.formatted(reservationId, session.partnerId(), session.venueId(), session.id(), userId,
            first, last, first.toLowerCase(), last.toLowerCase());
  }

  private void call(String what, String method, String path, String body)
      throws IOException, InterruptedException {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(partnerApi + path))
            .timeout(Duration.ofSeconds(30))
            .header("Authorization", "Bearer " + token)
            .header("Content-Type", "application/json")
            .method(method, body == null
                ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body))
            .build();
    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
    steps.add(new DemoResult.Step(what, method + " " + path, response.statusCode(),
        response.body()));
  }
}
