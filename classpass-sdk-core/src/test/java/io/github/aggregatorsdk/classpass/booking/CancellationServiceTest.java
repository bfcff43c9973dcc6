package io.github.aggregatorsdk.classpass.booking;

import static io.github.aggregatorsdk.classpass.booking.TestStudio.START;
import static io.github.aggregatorsdk.classpass.booking.Refusal.Reason.CANCELLATION_REFUSED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.aggregatorsdk.classpass.booking.CancellationOutcome.Cancelled;
import io.github.aggregatorsdk.classpass.spi.Booking;
import io.github.aggregatorsdk.classpass.spi.BookingStatus;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class CancellationServiceTest {


  private final TestStudio t = new TestStudio();

  private CancellationOutcome cancel(String reservationId) {
    return t.services.cancellations().cancel(TestStudio.cancellation(reservationId, null));
  }

  private void bookWithLateCancelWindow(Duration window) {
    t.add("s-1", s -> s.lateCancelWindow(window));
    t.reserve("r-1", "s-1", "u-1");
    t.sessionsChanged.clear();
  }

  private BookingStatus storedStatus() {
    return t.studio.bookings().findByReservationId("r-1").orElseThrow().status();
  }

  private static void assertRefused(CancellationOutcome outcome) {
    assertThat(outcome).isInstanceOf(Refusal.class);
    assertThat(((Refusal) outcome).reason()).isEqualTo(Refusal.Reason.CANCELLATION_REFUSED);
  }

  @Test
  void aCancellationBeforeTheLateWindowIsNotLateAndFreesTheSpot() {
    bookWithLateCancelWindow(Duration.ofHours(12));

    CancellationOutcome outcome = cancel("r-1");

    assertThat(outcome).isInstanceOf(Cancelled.class);
    assertThat(((Cancelled) outcome).lateCancel()).isFalse();
    assertThat(storedStatus()).isEqualTo(BookingStatus.CANCELLED);
    assertThat(t.read("s-1").occupancy().booked()).isZero();
  }

  @Test
  void aCancellationIsLateFromExactlyTheWindowBeforeStart() {
    bookWithLateCancelWindow(Duration.ofHours(12));
    Instant lateFrom = START.toInstant().minus(Duration.ofHours(12));

    t.clock.set(lateFrom);
    CancellationOutcome outcome = cancel("r-1");

    assertThat(((Cancelled) outcome).lateCancel()).isTrue();
    assertThat(storedStatus()).isEqualTo(BookingStatus.LATE_CANCELLED);
  }

  @Test
  void aCancellationJustBeforeTheWindowIsNotLate() {
    bookWithLateCancelWindow(Duration.ofHours(12));

    t.clock.set(START.toInstant().minus(Duration.ofHours(12)).minusNanos(1));

    assertThat(((Cancelled) cancel("r-1")).lateCancel()).isFalse();
  }

  @Test
  void withoutALateCancelWindowNoCancellationIsLate() {
    bookWithLateCancelWindow(Duration.ZERO);

    t.clock.set(START.toInstant().minusNanos(1));

    assertThat(((Cancelled) cancel("r-1")).lateCancel()).isFalse();
  }

  @Test
  void aCancellationFromTheStartOnIsRefused() {
    bookWithLateCancelWindow(Duration.ofHours(12));

    t.clock.set(START.toInstant());

    assertRefused(cancel("r-1"));
    assertThat(storedStatus()).isEqualTo(BookingStatus.BOOKED);
  }

  @Test
  void anUnknownReservationIsRefused() {
    assertRefused(cancel("r-404"));
  }

  @Test
  void aCancellationByAnotherOrNoPartnerIsRefused() {
    bookWithLateCancelWindow(Duration.ZERO);

    assertRefused(t.services.cancellations().cancel(new CancellationCommand("r-1", "p-2", false)));
    assertThatThrownBy(() -> new CancellationCommand("r-1", null, false))
        .isInstanceOf(NullPointerException.class).hasMessage("partnerId");
    assertThat(storedStatus()).isEqualTo(BookingStatus.BOOKED);
  }

  @Test
  void aRepeatedCancellationGetsTheSameAnswerAndWritesNothing() {
    bookWithLateCancelWindow(Duration.ofHours(12));
    t.clock.set(START.toInstant().minus(Duration.ofHours(1)));
    CancellationOutcome first = cancel("r-1");
    Booking afterFirst = t.studio.bookings().findByReservationId("r-1").orElseThrow();
    t.sessionsChanged.clear();
    t.statusesChanged.clear();

    t.clock.set(START.toInstant().plus(Duration.ofHours(2)));
    CancellationOutcome again = cancel("r-1");

    assertThat(again).isEqualTo(first);
    assertThat(((Cancelled) again).lateCancel()).isTrue();
    assertThat(t.studio.bookings().findByReservationId("r-1")).contains(afterFirst);
    // Written nothing, but queued the updates again: the first ones may have died with their
    // instance.
    assertThat(t.sessionsChanged).containsExactly("s-1");
    assertThat(t.statusesChanged).singleElement()
        .satisfies(state -> assertThat(state.booking()).isEqualTo(afterFirst));
  }

  @Test
  void aCancellationTellsTheListenerTheStatusAndThatTheSessionChanged() {
    bookWithLateCancelWindow(Duration.ZERO);

    cancel("r-1");

    assertThat(t.statusesChanged)
        .singleElement()
        .extracting(ReservationState::status)
        .isEqualTo(ClassPassStatus.CANCELLED);
    assertThat(t.sessionsChanged).containsExactly("s-1");
  }

  @Test
  void aReservationOnAClassTheStudioCancelledIsCancelledNeverLate() {
    bookWithLateCancelWindow(Duration.ofHours(12));
    t.studio.sessions().save(t.read("s-1").toBuilder().cancelled(true).build());
    t.clock.set(START.toInstant().plusSeconds(60));

    CancellationOutcome outcome = cancel("r-1");

    assertThat(((Cancelled) outcome).lateCancel()).isFalse();
    assertThat(storedStatus()).isEqualTo(BookingStatus.CANCELLED);
  }

  @Test
  void aReservationWhoseAttendanceWasTakenIsRefused() {
    bookWithLateCancelWindow(Duration.ZERO);
    Booking booking = t.studio.bookings().findByReservationId("r-1").orElseThrow();
    t.studio.bookings().updateStatus(booking.id(), BookingStatus.ATTENDED, TestStudio.DAY_BEFORE);

    assertRefused(cancel("r-1"));
    assertThat(storedStatus()).isEqualTo(BookingStatus.ATTENDED);
  }
}
