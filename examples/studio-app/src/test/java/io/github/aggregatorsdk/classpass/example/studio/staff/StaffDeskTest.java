package io.github.aggregatorsdk.classpass.example.studio.staff;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.aggregatorsdk.classpass.example.studio.StudioAppTest;
import io.github.aggregatorsdk.classpass.example.studio.StudioFixture;
import io.github.aggregatorsdk.classpass.example.studio.bookings.BookingEntity;
import io.github.aggregatorsdk.classpass.example.studio.bookings.BookingState;
import io.github.aggregatorsdk.classpass.example.studio.bookings.Bookings;
import io.github.aggregatorsdk.classpass.example.studio.bookings.Channel;
import io.github.aggregatorsdk.classpass.example.studio.schedule.ClassSessionEntity;
import io.github.aggregatorsdk.classpass.example.studio.schedule.ClassSessions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Staff change classes and bookings on the studio's side, through the staff endpoints over HTTP,
 * and ClassPass hears of it with the contract's updates; a change that rolls back sends nothing.
 */
@StudioAppTest
class StaffDeskTest {

  @Autowired StudioFixture studio;
  @Autowired StaffDesk desk;
  @Autowired Bookings bookings;
  @Autowired ClassSessions sessions;
  @Autowired TransactionTemplate transaction;

  @Test
  void noShowRecordedByStaffReachesClassPassAsMissed() {
    ClassSessionEntity session = studio.newClass(10, 3);
    BookingEntity booking = classPassBooking(session, "staff-missed-1", "cp-staff-1");

    assertThat(studio.staffPost(attendance(booking, "MISSED")).statusCode()).isEqualTo(303);

    assertThat(reload(booking).getStatus()).isEqualTo(BookingState.MISSED);
    assertThat(studio.pushedReservations("staff-missed-1"))
        .extracting(event -> event.at("/payload/status").asText())
        .containsExactly("MISSED");
  }

  @Test
  void attendanceOfAnotherChannelSendsClassPassNothing() {
    ClassSessionEntity session = studio.newClass(10, 3);
    BookingEntity walkIn = desk.bookAtFrontDesk(session.getId(), 2, "Drop-in", true);
    int before = studio.pushedSchedules(session.getId()).size();

    assertThat(studio.staffPost(attendance(walkIn, "ATTENDED")).statusCode()).isEqualTo(303);

    assertThat(reload(walkIn).getStatus()).isEqualTo(BookingState.ATTENDED);
    assertThat(studio.pushedSchedules(session.getId())).hasSize(before);
  }

  @Test
  void cancelledClassReachesClassPassWithEveryClassPassBookingClassCancelled() {
    ClassSessionEntity session = studio.newClass(10, 3);
    classPassBooking(session, "staff-cc-1", "cp-staff-2");
    classPassBooking(session, "staff-cc-2", "cp-staff-3");

    assertThat(studio.staffPost("/staff/sessions/" + session.getId() + "/cancel").statusCode())
        .isEqualTo(303);

    JsonNode last = last(studio.pushedSchedules(session.getId()));
    assertThat(last.get("is_cancelled").asBoolean()).isTrue();
    assertThat(last.get("available_spots").asInt()).isZero();
    for (String reservation : List.of("staff-cc-1", "staff-cc-2")) {
      assertThat(studio.pushedReservations(reservation))
          .extracting(event -> event.at("/payload/status").asText())
          .containsExactly("CLASS_CANCELLED");
    }
  }

  @Test
  void frontDeskBookingTakesASpotClassPassCouldSell() {
    ClassSessionEntity session = studio.newClass(2, 3);

    String book = "/staff/sessions/" + session.getId() + "/bookings?customerId=2&product=Drop-in";
    assertThat(studio.staffPost(book).statusCode()).isEqualTo(303);

    assertThat(last(studio.pushedSchedules(session.getId())).get("available_spots").asInt())
        .isEqualTo(1);
    assertThat(studio.staffPost(book).statusCode()).isEqualTo(303);
    assertThat(studio.staffPost(book).statusCode()).isEqualTo(409); // full
    assertThat(studio.reserve(session, "staff-full-1", "cp-staff-4").statusCode()).isEqualTo(400);
    assertThat(studio.signInList(session.getId()))
        .extracting(BookingEntity::getChannel)
        .containsExactly(Channel.FRONT_DESK, Channel.FRONT_DESK);
  }

  @Test
  void classPassBookingCancelledByTheStudioFreesItsSpotOnClassPass() {
    ClassSessionEntity session = studio.newClass(10, 1);
    BookingEntity booking = classPassBooking(session, "staff-cancel-1", "cp-staff-5");
    assertThat(last(studio.pushedSchedules(session.getId())).get("available_spots").asInt())
        .isZero();

    assertThat(studio.staffPost("/staff/bookings/" + booking.getId() + "/cancel").statusCode())
        .isEqualTo(303);

    assertThat(studio.pushedReservations("staff-cancel-1"))
        .extracting(event -> event.at("/payload/status").asText())
        .containsExactly("CANCELLED");
    assertThat(last(studio.pushedSchedules(session.getId())).get("available_spots").asInt())
        .isEqualTo(1);
  }

  @Test
  void changeThatRollsBackSendsClassPassNothing() {
    ClassSessionEntity session = studio.newClass(10, 3);

    transaction.executeWithoutResult(
        status -> {
          desk.cancelClass(session.getId());
          status.setRollbackOnly(); // say, a later step of the same staff action failed
        });
    desk.changeCapacity(session.getId(), 12); // committed: its push shows delivery went on

    assertThat(sessions.findById(session.getId()).orElseThrow().isCancelled()).isFalse();
    assertThat(studio.pushedSchedules(session.getId()))
        .isNotEmpty()
        .allSatisfy(schedule -> {
          assertThat(schedule.get("is_cancelled").asBoolean()).isFalse();
          assertThat(schedule.get("total_spots").asInt()).isEqualTo(12);
        });
  }

  @Test
  void unknownClassOrBookingAnswersNotFound() {
    assertThat(studio.staffPost("/staff/sessions/999999/cancel").statusCode()).isEqualTo(404);
    assertThat(studio.staffPost("/staff/bookings/999999/attendance?status=MISSED").statusCode())
        .isEqualTo(404);
  }

  private BookingEntity classPassBooking(
      ClassSessionEntity session, String reservationId, String userId) {
    assertThat(studio.reserve(session, reservationId, userId).statusCode()).isEqualTo(200);
    return bookings.findByClassPassReservationId(reservationId).orElseThrow();
  }

  private BookingEntity reload(BookingEntity booking) {
    return bookings.findById(booking.getId()).orElseThrow();
  }

  private static String attendance(BookingEntity booking, String status) {
    return "/staff/bookings/" + booking.getId() + "/attendance?status=" + status;
  }

  private static JsonNode last(List<JsonNode> nodes) {
    assertThat(nodes).isNotEmpty();
    return nodes.get(nodes.size() - 1);
  }
}
