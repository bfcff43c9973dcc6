package io.github.aggregatorsdk.classpass.example.plain;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.aggregatorsdk.classpass.model.ClassPassJson;
import io.github.aggregatorsdk.classpass.spi.Booking;
import io.github.aggregatorsdk.classpass.spi.ClassSession;
import io.github.aggregatorsdk.classpass.spi.Customer;
import io.github.aggregatorsdk.classpass.test.RecordedCall;
import java.time.LocalDate;

/** Renders a {@link DemoResult} as text a person can read. */
final class DemoReport {

  private static final ObjectMapper JSON = ClassPassJson.newObjectMapper();

  private DemoReport() {}

  static String render(DemoResult result) {
    StringBuilder out = new StringBuilder("\n=== ClassPass plays against the studio ===\n");
    for (DemoResult.Step step : result.steps()) {
      out.append(String.format("%n%s%n  %s -> %d%n  %s%n", step.what(), step.request(),
          step.status(), abbreviate(step.body())));
    }
    out.append("\n=== Sign-in lists ===\n");
    for (ClassSession session : result.studio().sessions()
        .findByVenue(DemoStudio.PARTNER, DemoStudio.VENUE, LocalDate.MIN, LocalDate.MAX,
            io.github.aggregatorsdk.classpass.spi.PageRequest.first(100)).items()) {
      out.append(String.format("%n%s %s (%s), capacity %d, booked %d, by ClassPass %d%n",
          session.start().toLocalDate(), session.activity().name(), session.id(),
          session.capacity(), session.occupancy().booked(), session.occupancy().bookedByClassPass()));
      for (Booking booking : result.studio().bookings().findClassPassBookings(session.id())) {
        Customer customer = result.studio().customers().findById(booking.customerId()).orElseThrow();
        out.append(String.format("  - %-14s product=%s paid=%s status=%s reservation=%s%n",
            customer.firstName() + " " + customer.lastName(), booking.product(), booking.paid(),
            booking.status(), booking.reservationId()));
      }
    }
    out.append("\n=== Pushed to ClassPass (the SDK's fake ClassPass) ===\n");
    for (RecordedCall request : result.pushed()) {
      out.append(String.format("%s %s%s%n", request.method(), request.path(),
          summary(request.body())));
    }
    return out.toString();
  }

  private static String summary(String body) {
    try {
      JsonNode json = JSON.readTree(body);
      StringBuilder out = new StringBuilder();
      for (JsonNode event : json.has("events") ? json.get("events") : JSON.createArrayNode()) {
        JsonNode payload = event.get("payload");
        out.append(String.format("%n    %s %s", event.get("type").asText(),
            "SCHEDULE".equals(event.get("type").asText())
                ? payload.get("id").asText() + " available_spots=" + payload.get("available_spots")
                : payload.get("reservation_id").asText() + " " + payload.get("status").asText()));
      }
      return out.toString();
    } catch (Exception e) {
      return "";
    }
  }

  private static String abbreviate(String body) {
    return body.length() <= 160 ? body : body.substring(0, 157) + "...";
  }
}
