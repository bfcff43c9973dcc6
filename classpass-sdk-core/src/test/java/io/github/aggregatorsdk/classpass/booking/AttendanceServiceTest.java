package io.github.aggregatorsdk.classpass.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.aggregatorsdk.classpass.spi.Booking;
import io.github.aggregatorsdk.classpass.spi.BookingStatus;
import io.github.aggregatorsdk.classpass.spi.ClassSession;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AttendanceServiceTest {

  private final TestStudio t = new TestStudio();

  private Booking booking(BookingStatus status) {
    Instant at = TestStudio.DAY_BEFORE;
    return new Booking(
        "b-1", "s-1", "c-1", "r-1", "u-1", "ClassPass", true, null, status, at, at);
  }

  @ParameterizedTest
  @CsvSource({
    "BOOKED, false, ENROLLED",
    "ATTENDED, false, ATTENDED",
    "MISSED, false, MISSED",
    "CANCELLED, false, CANCELLED",
    "LATE_CANCELLED, false, LATE_CANCELLED",
    "BOOKED, true, CLASS_CANCELLED",
    "ATTENDED, true, CLASS_CANCELLED",
    "MISSED, true, CLASS_CANCELLED",
    "CANCELLED, true, CANCELLED",
    "LATE_CANCELLED, true, LATE_CANCELLED"
  })
  void theStatusFollowsTheBookingAndTheClass(
      BookingStatus status, boolean classCancelled, ClassPassStatus expected) {
    ClassSession session = TestStudio.session("s-1").cancelled(classCancelled).build();

    assertThat(t.services.attendance().statusOf(booking(status), session)).isEqualTo(expected);
  }

  @Test
  void attendanceListsTheClassPassBookingsInCreationOrderWithTheirStatus() {
    t.add("s-1");
    t.reserve("r-1", "s-1", "u-1");
    t.reserve("r-2", "s-1", "u-2");
    t.reserve("r-3", "s-1", "u-3");
    t.services.cancellations().cancel(new CancellationCommand("r-2", "p-1", false));
    Booking third = t.studio.bookings().findByReservationId("r-3").orElseThrow();
    t.studio.bookings().updateStatus(third.id(), BookingStatus.ATTENDED, TestStudio.DAY_BEFORE);

    assertThat(t.services.attendance().attendance(t.read("s-1")))
        .extracting(state -> state.booking().reservationId(), ReservationState::status)
        .containsExactly(
            tuple("r-1", ClassPassStatus.ENROLLED),
            tuple("r-2", ClassPassStatus.CANCELLED),
            tuple("r-3", ClassPassStatus.ATTENDED));
  }
}
