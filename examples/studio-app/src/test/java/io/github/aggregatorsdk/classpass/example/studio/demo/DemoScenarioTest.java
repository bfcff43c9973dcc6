package io.github.aggregatorsdk.classpass.example.studio.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.aggregatorsdk.classpass.example.studio.StudioAppTest;
import io.github.aggregatorsdk.classpass.example.studio.StudioFixture;
import io.github.aggregatorsdk.classpass.example.studio.bookings.BookingEntity;
import io.github.aggregatorsdk.classpass.example.studio.bookings.BookingState;
import io.github.aggregatorsdk.classpass.example.studio.bookings.Bookings;
import io.github.aggregatorsdk.classpass.example.studio.bookings.Channel;
import io.github.aggregatorsdk.classpass.example.studio.customers.CustomerEntity;
import io.github.aggregatorsdk.classpass.example.studio.customers.Customers;
import io.github.aggregatorsdk.classpass.example.studio.staff.Timetable.UpcomingClass;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.skyscreamer.jsonassert.JSONAssert;
import org.skyscreamer.jsonassert.JSONCompareMode;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The demo the README runs, played once over real HTTP against the app's own partner API, and
 * checked where a studio owner would look: the answers, the sign-in lists in the database, and
 * what reached the ClassPass simulator.
 */
@StudioAppTest
class DemoScenarioTest {

  private static DemoResult result;

  @Autowired StudioFixture studio;
  @Autowired Bookings bookings;
  @Autowired Customers customers;

  @BeforeAll
  static void playTheDemo(@Autowired DemoScenario scenario) throws Exception {
    result = scenario.play();
  }

  @Test
  void classPassListsTheClassesOpenToItAndNotTheMembersOnlyOnes() {
    JsonNode schedules = StudioFixture.read(step(0).body()).get("schedules");

    assertThat(step(0).status()).isEqualTo(200);
    assertThat(schedules.findValuesAsText("id"))
        .containsAll(classIds(true))
        .doesNotContainAnyElementsOf(classIds(false));
  }

  @Test
  void newClassPassUserBecomesACustomerCarryingTheClassPassId() {
    assertThat(step(1).status()).isEqualTo(200);
    CustomerEntity lena = customers.findByClassPassId("cp-user-2001").orElseThrow();
    assertThat(lena.getFirstName() + " " + lena.getLastName()).isEqualTo("Lena Park");
    assertThat(booking("-1").getCustomer().getId()).isEqualTo(lena.getId());
  }

  @Test
  void alreadyLinkedCustomerGetsTheBookingWithoutADuplicate() {
    assertThat(step(2).status()).isEqualTo(200);
    CustomerEntity maya = customers.findByClassPassId(DemoData.LINKED_CLASSPASS_ID).orElseThrow();
    assertThat(booking("-2").getCustomer().getId()).isEqualTo(maya.getId());
    assertThat(customers.findAll())
        .filteredOn(customer -> "Chen".equals(customer.getLastName()))
        .hasSize(1);
  }

  @Test
  void bookingBeyondTheClassPassLimitIsRefusedWithNoCapacity() {
    assertThat(step(3).status()).isEqualTo(200);
    assertThat(step(4).status()).isEqualTo(400);
    assertThat(StudioFixture.read(step(4).body()).at("/error/code").asInt()).isEqualTo(4003);
    assertThat(bookings.findByClassPassReservationId(result.run() + "-4")).isEmpty();
  }

  @Test
  void redeliveredReservationGetsTheFirstAnswerAndBooksNothingNew() {
    assertThat(step(5).status()).isEqualTo(200);
    assertThat(step(5).body()).isEqualTo(step(1).body());
    assertThat(signInList()).hasSize(3);
  }

  @Test
  void cancellationDaysBeforeTheClassIsNotLate() {
    assertThat(step(6).status()).isEqualTo(200);
    assertThat(StudioFixture.read(step(6).body()).get("is_late_cancel").asBoolean()).isFalse();
    assertThat(booking("-1").getStatus()).isEqualTo(BookingState.CANCELLED);
  }

  @Test
  void attendanceListsEveryClassPassReservationWithItsStatus() {
    JsonNode attendance = StudioFixture.read(step(7).body()).get("attendance");

    assertThat(step(7).status()).isEqualTo(200);
    assertThat(attendance.findValuesAsText("reservation_id"))
        .containsExactly(result.run() + "-1", result.run() + "-2", result.run() + "-3");
    assertThat(attendance.findValuesAsText("status"))
        .containsExactly("CANCELLED", "ENROLLED", "ENROLLED");
  }

  @Test
  void classPassBookingsSitInTheSignInListAsPaidClassPassProduct() {
    assertThat(signInList())
        .allSatisfy(
            booking -> {
              assertThat(booking.getChannel()).isEqualTo(Channel.CLASSPASS);
              assertThat(booking.getProduct()).isEqualTo("ClassPass");
              assertThat(booking.isPaid()).isTrue();
            })
        .extracting(BookingEntity::getClassPassUserId, BookingEntity::getStatus)
        .containsExactly(
            tuple("cp-user-2001", BookingState.CANCELLED),
            tuple(DemoData.LINKED_CLASSPASS_ID, BookingState.BOOKED),
            tuple("cp-user-2002", BookingState.BOOKED));
  }

  @Test
  void classPassLastHeardTheClassWithOneClassPassSpotLeft() throws Exception {
    List<JsonNode> schedules = studio.pushedSchedules(Long.parseLong(result.sessionId()));

    // Onboarding pushed 3 of the limit of 3; three bookings took them; one cancellation freed one.
    assertThat(schedules.get(0).get("available_spots").asInt()).isEqualTo(3);
    JSONAssert.assertEquals(
        """
        {"id": "%s", "partner_id": "1", "venue_id": "1", "total_spots": 20,
         "available_spots": 1, "has_layout": false, "is_cancelled": false,
         "class": {"name": "Vinyasa Flow"}, "late_cancel_window": "12:00"}
        """.formatted(result.sessionId()),
        schedules.get(schedules.size() - 1).toString(),
        JSONCompareMode.LENIENT);
  }

  @Test
  void theCancellationReachedClassPassAsAReservationUpdate() throws Exception {
    List<JsonNode> updates = studio.pushedReservations(result.run() + "-1");

    assertThat(updates).hasSize(1);
    JSONAssert.assertEquals(
        """
        {"type": "RESERVATION",
         "payload": {"cp_user_id": "cp-user-2001", "reservation_id": "%s-1",
                     "status": "CANCELLED"}}
        """.formatted(result.run()),
        updates.get(0).toString(),
        JSONCompareMode.LENIENT);
    assertThat(updates.get(0).at("/payload/last_updated").asText()).endsWith("+00:00");
  }

  @Test
  void reportShowsTheSignInListAndWhatWasPushed() {
    String report = DemoReport.render(result);

    assertThat(report)
        .contains("-> 400", "4003")
        .containsPattern("Maya Chen +CLASSPASS +product=ClassPass +paid +BOOKED +reservation "
            + result.run() + "-2")
        .contains("RESERVATION " + result.run() + "-1 CANCELLED")
        .contains("SCHEDULE " + result.sessionId() + " available_spots=1 (of 20)");
    assertThat(result.undelivered()).isZero();
  }

  private static DemoResult.Step step(int index) {
    return result.steps().get(index);
  }

  private BookingEntity booking(String suffix) {
    return bookings.findByClassPassReservationId(result.run() + suffix).orElseThrow();
  }

  private List<BookingEntity> signInList() {
    return studio.signInList(Long.parseLong(result.sessionId()));
  }

  private static List<String> classIds(boolean openToClassPass) {
    return result.timetable().stream()
        .filter(upcoming -> upcoming.classPass().offered() == openToClassPass)
        .map(UpcomingClass::session)
        .map(session -> session.id())
        .toList();
  }
}
