package io.github.aggregatorsdk.classpass.example.plain;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.aggregatorsdk.classpass.model.ClassPassJson;
import io.github.aggregatorsdk.classpass.spi.Booking;
import io.github.aggregatorsdk.classpass.spi.BookingStatus;
import io.github.aggregatorsdk.classpass.spi.Customer;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Runs the demo the README describes and checks what a studio owner would look at. */
class PlainJavaDemoTest {

  private static final ObjectMapper JSON = ClassPassJson.newObjectMapper();
  private static DemoResult result;

  @BeforeAll
  static void runDemo() throws Exception {
    System.setProperty("sun.net.httpserver.nodelay", "true");
    result = PlainJavaDemo.run(Clock.systemUTC());
  }

  @Test
  void classPassSeesOnlyTheClassesOpenToIt() throws Exception {
    JsonNode schedules = JSON.readTree(step(0).body()).get("schedules");

    assertThat(step(0).status()).isEqualTo(200);
    assertThat(schedules.findValuesAsText("id"))
        .contains(DemoStudio.YOGA_TOMORROW, DemoStudio.YOGA_LATER)
        .doesNotContain(DemoStudio.MEMBERS_ONLY);
  }

  @Test
  void newClassPassUserBecomesACustomerCarryingTheClassPassId() {
    assertThat(step(1).status()).isEqualTo(200);
    Customer created =
        result.studio().customers().findByClassPassUserId("cp-user-2001").orElseThrow();
    assertThat(created.firstName()).isEqualTo("Lena");
    assertThat(bookingOf("res-1").customerId()).isEqualTo(created.id());
  }

  @Test
  void linkedMemberIsSignedInAsHerselfWithoutANewCustomer() {
    assertThat(step(2).status()).isEqualTo(200);
    assertThat(bookingOf("res-2").customerId()).isEqualTo("member-7");
    assertThat(result.studio().customers().all()).hasSize(3);
  }

  @Test
  void bookingBeyondTheClassPassLimitIsRefusedWithNoCapacity() throws Exception {
    assertThat(step(3).status()).isEqualTo(400);
    assertThat(JSON.readTree(step(3).body()).at("/error/code").asInt()).isEqualTo(4003);
    assertThat(result.studio().bookings().findByReservationId("res-3")).isEmpty();
  }

  @Test
  void redeliveredReservationGetsTheFirstAnswerAndBooksNothingNew() {
    assertThat(step(4).status()).isEqualTo(200);
    assertThat(step(4).body()).isEqualTo(step(1).body());
    assertThat(result.studio().bookings().findClassPassBookings(DemoStudio.YOGA_TOMORROW)).hasSize(2);
  }

  @Test
  void cancellationIsAnsweredAndRecorded() throws Exception {
    assertThat(step(5).status()).isEqualTo(200);
    assertThat(JSON.readTree(step(5).body()).get("is_late_cancel").asBoolean()).isFalse();
    assertThat(bookingOf("res-1").status()).isEqualTo(BookingStatus.CANCELLED);
  }

  @Test
  void classPassBookingsAreInTheSignInListAsPaidClassPassProduct() {
    for (Booking booking : result.studio().bookings().findClassPassBookings(DemoStudio.YOGA_TOMORROW)) {
      assertThat(booking.product()).isEqualTo("ClassPass");
      assertThat(booking.paid()).isTrue();
    }
  }

  @Test
  void attendanceShowsTheCancelledAndTheEnrolledReservation() throws Exception {
    JsonNode attendance = JSON.readTree(step(6).body()).get("attendance");

    assertThat(attendance.findValuesAsText("status")).containsExactlyInAnyOrder("CANCELLED", "ENROLLED");
  }

  @Test
  void classPassLastHeardTheClassWithOneClassPassSpotLeft() throws Exception {
    // capacity 10, 3 front-desk bookings, ClassPass limit 2, one ClassPass booking left after the
    // cancellation: ClassPass may sell one more spot.
    JsonNode last = null;
    for (JsonNode event : pushedEvents()) {
      if ("SCHEDULE".equals(event.get("type").asText())
          && DemoStudio.YOGA_TOMORROW.equals(event.at("/payload/id").asText())) {
        last = event.get("payload");
      }
    }
    assertThat(last).isNotNull();
    assertThat(last.get("available_spots").asInt()).isEqualTo(1);
    assertThat(last.get("total_spots").asInt()).isEqualTo(10);
  }

  @Test
  void theCancellationReachedClassPassAsAReservationUpdate() throws Exception {
    assertThat(pushedEvents())
        .anySatisfy(event -> {
          assertThat(event.get("type").asText()).isEqualTo("RESERVATION");
          assertThat(event.at("/payload/reservation_id").asText()).isEqualTo("res-1");
          assertThat(event.at("/payload/status").asText()).isEqualTo("CANCELLED");
        });
  }

  @Test
  void theScheduleOpenToClassPassWasPushedAndTheMembersOnlyClassNever() throws Exception {
    List<String> pushedSchedules = new ArrayList<>();
    for (JsonNode event : pushedEvents()) {
      if ("SCHEDULE".equals(event.get("type").asText())) {
        pushedSchedules.add(event.at("/payload/id").asText());
      }
    }
    assertThat(pushedSchedules)
        .contains(DemoStudio.YOGA_TOMORROW, DemoStudio.YOGA_LATER)
        .doesNotContain(DemoStudio.MEMBERS_ONLY);
  }

  @Test
  void partnerAndVenueWereRegisteredWithClassPass() {
    assertThat(result.pushed()).extracting(request -> request.path())
        .contains("/v1/inventory/partners", "/v1/inventory/venues");
  }

  @Test
  void reportShowsTheSignInListAndThePushes() {
    String report = DemoReport.render(result);

    assertThat(report)
        .contains("product=ClassPass paid=true status=BOOKED reservation=res-2")
        .contains("POST /v1/inventory/batch-updates");
  }

  private static DemoResult.Step step(int index) {
    return result.steps().get(index);
  }

  private static Booking bookingOf(String reservationId) {
    return result.studio().bookings().findByReservationId(reservationId).orElseThrow();
  }

  private static List<JsonNode> pushedEvents() throws Exception {
    List<JsonNode> events = new ArrayList<>();
    for (var request : result.pushed()) {
      if (request.path().endsWith("/batch-updates")) {
        JSON.readTree(request.body()).get("events").forEach(events::add);
      } else if (request.path().endsWith("/updates")) {
        events.add(JSON.readTree(request.body()));
      }
    }
    return events;
  }
}
