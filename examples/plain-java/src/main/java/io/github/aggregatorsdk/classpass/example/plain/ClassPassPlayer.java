package io.github.aggregatorsdk.classpass.example.plain;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Plays ClassPass: calls the studio's partner API over HTTP as ClassPass would. */
final class ClassPassPlayer {

  private final HttpClient http = HttpClient.newHttpClient();
  private final URI endpoints;
  private final Clock clock;
  private final List<DemoResult.Step> steps = new ArrayList<>();

  ClassPassPlayer(URI endpoints, Clock clock) {
    this.endpoints = endpoints;
    this.clock = clock;
  }

  List<DemoResult.Step> play() throws IOException, InterruptedException {
    LocalDate today = LocalDate.now(clock.withZone(DemoStudio.ZONE));
    String venue = "/partners/" + DemoStudio.PARTNER + "/venues/" + DemoStudio.VENUE;
    call("ClassPass lists the next two weeks", "GET",
        venue + "/schedules?start_date=" + today + "&end_date=" + today.plusDays(14), null);
    call("A new ClassPass user books tomorrow's yoga", "POST", "/reservations",
        reservation("res-1", DemoStudio.YOGA_TOMORROW, "cp-user-2001", "Lena", "Park"));
    call("The member already linked to ClassPass books it too", "POST", "/reservations",
        reservation("res-2", DemoStudio.YOGA_TOMORROW, DemoStudio.LINKED_CLASSPASS_ID, "Maya", "Stone"));
    call("A third ClassPass user finds the ClassPass limit reached", "POST", "/reservations",
        reservation("res-3", DemoStudio.YOGA_TOMORROW, "cp-user-2002", "Omar", "Diaz"));
    call("ClassPass delivers the first reservation again", "POST", "/reservations",
        reservation("res-1", DemoStudio.YOGA_TOMORROW, "cp-user-2001", "Lena", "Park"));
    call("The new user cancels", "PATCH", "/reservations/res-1",
        "{\"partner_id\": \"" + DemoStudio.PARTNER + "\", \"is_late_cancel\": false}");
    call("ClassPass reads the attendance of tomorrow's yoga", "GET",
        venue + "/schedules/" + DemoStudio.YOGA_TOMORROW + "/attendance", null);
    return steps;
  }

  private static String reservation(
      String reservationId, String scheduleId, String userId, String first, String last) {
    return """
        {"reservation_id": "%s", "partner_id": "%s", "venue_id": "%s", "schedule_id": "%s",
         "user": {"user_id": "%s", "first_name": "%s", "last_name": "%s",
                  "user_email": "%s@example.com", "phone": "+1 555 0100"}}
        """.formatted(reservationId, DemoStudio.PARTNER, DemoStudio.VENUE, scheduleId, userId,
            first, last, first.toLowerCase());
  }

  private void call(String what, String method, String path, String body)
      throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(endpoints.resolve(path))
            .header("Authorization", "Bearer " + PlainJavaDemo.PARTNER_API_TOKEN)
            .header("Content-Type", "application/json")
            .method(method, body == null
                ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body));
    HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    steps.add(new DemoResult.Step(what, method + " " + path, response.statusCode(), response.body()));
  }
}
