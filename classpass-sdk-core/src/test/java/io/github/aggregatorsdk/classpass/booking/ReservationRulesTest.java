package io.github.aggregatorsdk.classpass.booking;

import static io.github.aggregatorsdk.classpass.booking.TestStudio.START;
import static io.github.aggregatorsdk.classpass.booking.TestStudio.activity;
import static io.github.aggregatorsdk.classpass.booking.TestStudio.layout;
import static io.github.aggregatorsdk.classpass.booking.TestStudio.request;
import static io.github.aggregatorsdk.classpass.booking.Refusal.Reason.ALREADY_RESERVED;
import static io.github.aggregatorsdk.classpass.booking.Refusal.Reason.CLASS_CANCELLED;
import static io.github.aggregatorsdk.classpass.booking.Refusal.Reason.NO_CAPACITY;
import static io.github.aggregatorsdk.classpass.booking.Refusal.Reason.RESERVATION_REFUSED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.aggregatorsdk.classpass.booking.ReservationOutcome.Reserved;
import io.github.aggregatorsdk.classpass.spi.ClassPassSettings;
import java.time.Duration;
import java.time.Instant;
import org.assertj.core.api.ObjectAssert;
import org.junit.jupiter.api.Test;

/** Every reservation check and its error code, in the contract's order. */
class ReservationRulesTest {

  private final TestStudio t = new TestStudio();

  private static ObjectAssert<ReservationOutcome> assertRefused(
      ReservationOutcome outcome, Refusal.Reason code) {
    assertThat(outcome).isInstanceOf(Refusal.class);
    assertThat(((Refusal) outcome).reason()).isEqualTo(code);
    return assertThat(outcome);
  }

  private static void assertReserved(ReservationOutcome outcome) {
    assertThat(outcome).isInstanceOf(Reserved.class);
  }

  private ReservationOutcome reserve(String userId) {
    return t.reserve("r-" + userId, "s-1", userId);
  }

  @Test
  void reserveOfAnUnknownScheduleAnswersReservationException() {
    assertRefused(reserve("u-1"), Refusal.Reason.RESERVATION_REFUSED);
  }

  @Test
  void reserveForAnotherPartnerOrVenueAnswersReservationException() {
    t.add("s-1");

    assertRefused(
        t.services.reservations().reserve(
            new ReservationCommand("r-1", "p-other", "v-1", "s-1", null, TestStudio.user("u-1"))),
        Refusal.Reason.RESERVATION_REFUSED);
    assertRefused(
        t.services.reservations().reserve(
            new ReservationCommand("r-2", "p-1", "v-other", "s-1", null, TestStudio.user("u-1"))),
        Refusal.Reason.RESERVATION_REFUSED);
  }

  @Test
  void reserveWhenTheActivityIsNotOpenToClassPassAnswersReservationException() {
    t.add("s-1", s -> s.activity(activity(ClassPassSettings.notOffered())));

    assertRefused(reserve("u-1"), Refusal.Reason.RESERVATION_REFUSED);
  }

  @Test
  void theBookableWindowOpensAtBookableFromInclusive() {
    Instant from = START.minusDays(2).toInstant();
    t.add("s-1", s -> s.bookableFrom(START.minusDays(2)));

    t.clock.set(from.minusNanos(1));
    assertRefused(reserve("u-1"), Refusal.Reason.RESERVATION_REFUSED);
    t.clock.set(from);
    assertReserved(reserve("u-1"));
  }

  @Test
  void theBookableWindowClosesAtBookableUntilExclusive() {
    Instant until = START.minusHours(2).toInstant();
    t.add("s-1", s -> s.bookableUntil(START.minusHours(2)));

    t.clock.set(until);
    assertRefused(reserve("u-1"), Refusal.Reason.RESERVATION_REFUSED);
    t.clock.set(until.minusNanos(1));
    assertReserved(reserve("u-2"));
  }

  @Test
  void withoutABookableWindowTheClassIsBookableUntilItStarts() {
    t.add("s-1");

    t.clock.set(START.toInstant().minusNanos(1));
    assertReserved(reserve("u-1"));
    t.clock.set(START.toInstant());
    assertRefused(reserve("u-2"), Refusal.Reason.RESERVATION_REFUSED);
  }

  @Test
  void aCancelledClassAnswersClassCancelled() {
    t.add("s-1", s -> s.cancelled(true));

    assertRefused(reserve("u-1"), Refusal.Reason.CLASS_CANCELLED);
  }

  @Test
  void aCancelledClassThatStartedAnswersOutsideTheWindowFirst() {
    t.add("s-1", s -> s.cancelled(true));
    t.clock.set(START.toInstant());

    assertRefused(reserve("u-1"), Refusal.Reason.RESERVATION_REFUSED);
  }

  @Test
  void aUserHoldingABookingOnTheClassAnswersAlreadyReserved() {
    t.add("s-1");
    assertReserved(t.reserve("r-1", "s-1", "u-1"));

    assertRefused(t.reserve("r-2", "s-1", "u-1"), Refusal.Reason.ALREADY_RESERVED);
  }

  @Test
  void aUserWhoCancelledMayBookAgain() {
    t.add("s-1");
    t.reserve("r-1", "s-1", "u-1");
    t.services.cancellations().cancel(new CancellationCommand("r-1", "p-1", false));

    assertReserved(t.reserve("r-2", "s-1", "u-1"));
  }

  @Test
  void aFullClassAnswersNoCapacity() {
    t.add("s-1", s -> s.capacity(3));
    t.studio.sessions().addHostBookings("s-1", 2);
    assertReserved(reserve("u-1"));

    assertRefused(reserve("u-2"), Refusal.Reason.NO_CAPACITY);
  }

  @Test
  void aClassTheHostOverbookedAnswersNoCapacity() {
    t.add("s-1", s -> s.capacity(3));
    t.studio.sessions().addHostBookings("s-1", 5);

    assertRefused(reserve("u-1"), Refusal.Reason.NO_CAPACITY);
  }

  @Test
  void reserveWhenClassPassLimitReachedAnswersNoCapacity() {
    t.add("s-1", s -> s.activity(activity(ClassPassSettings.offered().withSpotLimit(2))));
    assertReserved(reserve("u-1"));
    assertReserved(reserve("u-2"));

    assertRefused(reserve("u-3"), Refusal.Reason.NO_CAPACITY);
  }

  @Test
  void aLimitOfZeroAnswersNoCapacity() {
    t.add("s-1", s -> s.activity(activity(ClassPassSettings.offered().withSpotLimit(0))));

    assertRefused(reserve("u-1"), Refusal.Reason.NO_CAPACITY);
  }

  @Test
  void aLimitAboveCapacityStillStopsAtCapacity() {
    t.add("s-1", s -> s.capacity(2).activity(activity(ClassPassSettings.offered().withSpotLimit(5))));

    assertReserved(reserve("u-1"));
    assertReserved(reserve("u-2"));
    assertRefused(reserve("u-3"), Refusal.Reason.NO_CAPACITY);
  }

  @Test
  void theReleaseWindowLiftsTheLimitFromExactlyTheLeadTimeBeforeStart() {
    t.add(
        "s-1",
        s ->
            s.activity(
                activity(
                    ClassPassSettings.offered()
                        .withSpotLimit(1)
                        .withReleaseAllSpotsBeforeStart(Duration.ofMinutes(30)))));
    Instant opens = START.toInstant().minus(Duration.ofMinutes(30));
    assertReserved(reserve("u-1"));

    t.clock.set(opens.minusNanos(1));
    assertRefused(reserve("u-2"), Refusal.Reason.NO_CAPACITY);
    t.clock.set(opens);
    assertReserved(reserve("u-2"));
  }

  @Test
  void theReleaseWindowDoesNotLiftCapacity() {
    t.add(
        "s-1",
        s ->
            s.capacity(1)
                .activity(
                    activity(
                        ClassPassSettings.offered()
                            .withSpotLimit(0)
                            .withReleaseAllSpotsBeforeStart(Duration.ofHours(1)))));
    t.studio.sessions().addHostBookings("s-1", 1);
    t.clock.set(START.toInstant().minusSeconds(60));

    assertRefused(reserve("u-1"), Refusal.Reason.NO_CAPACITY);
  }

  @Test
  void withALayoutAndNoSpotRequestedTheFirstFreeSpotIsAssigned() {
    t.add("s-1", s -> s.layout(layout("A1", "A2", "A3")));
    t.studio.sessions().addHostBooking("s-1", "A1");

    ReservationOutcome outcome = reserve("u-1");

    assertThat(((Reserved) outcome).spotLabel()).contains("A2");
    assertThat(((Reserved) reserve("u-2")).spotLabel()).contains("A3");
  }

  @Test
  void aRequestedFreeSpotIsGiven() {
    t.add("s-1", s -> s.layout(layout("A1", "A2", "A3")));

    ReservationOutcome outcome =
        t.services.reservations().reserve(request("r-1", "s-1", "u-1", "A3"));

    assertThat(((Reserved) outcome).spotLabel()).contains("A3");
  }

  @Test
  void aRequestedSpotThatIsTakenAnswersReservationException() {
    t.add("s-1", s -> s.layout(layout("A1", "A2")));
    t.studio.sessions().addHostBooking("s-1", "A1");

    assertRefused(
            t.services.reservations().reserve(request("r-1", "s-1", "u-1", "A1")),
            Refusal.Reason.RESERVATION_REFUSED)
        .extracting(outcome -> ((Refusal) outcome).message())
        .asString()
        .contains("A1", "taken");
  }

  @Test
  void aRequestedSpotNotInTheLayoutAnswersReservationException() {
    t.add("s-1", s -> s.layout(layout("A1", "A2")));

    assertRefused(
        t.services.reservations().reserve(request("r-1", "s-1", "u-1", "Z9")),
        Refusal.Reason.RESERVATION_REFUSED);
  }

  @Test
  void aLayoutWithoutAFreeSpotAnswersNoCapacityEvenWithCapacityLeft() {
    t.add("s-1", s -> s.capacity(5).layout(layout("A1")));
    t.studio.sessions().addHostBooking("s-1", "A1");

    assertRefused(reserve("u-1"), Refusal.Reason.NO_CAPACITY);
  }

  @Test
  void aSpotRequestedForAClassWithoutLayoutIsIgnored() {
    t.add("s-1");

    ReservationOutcome outcome =
        t.services.reservations().reserve(request("r-1", "s-1", "u-1", "A1"));

    assertThat(((Reserved) outcome).spotLabel()).isEmpty();
  }

  @Test
  void aReservationCannotBeMadeWithoutItsIdsOrUser() {
    // The partner API answers a request missing them with 400 before any rule runs
    // (PartnerApiBadInputTest); a Java caller cannot even build such a command.
    assertThatThrownBy(() -> new ReservationCommand(null, "p-1", "v-1", "s-1", null,
        TestStudio.user("u-1"))).isInstanceOf(NullPointerException.class)
        .hasMessage("reservationId");
    assertThatThrownBy(() -> new ReservationCommand("r-1", "p-1", "v-1", "s-1", null, null))
        .isInstanceOf(NullPointerException.class).hasMessage("member");
  }
}
