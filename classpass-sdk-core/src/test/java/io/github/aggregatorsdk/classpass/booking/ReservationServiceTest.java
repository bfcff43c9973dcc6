package io.github.aggregatorsdk.classpass.booking;

import static io.github.aggregatorsdk.classpass.booking.TestStudio.EMAIL;
import static io.github.aggregatorsdk.classpass.booking.TestStudio.PHONE;
import static io.github.aggregatorsdk.classpass.booking.TestStudio.activity;
import static io.github.aggregatorsdk.classpass.booking.TestStudio.layout;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.aggregatorsdk.classpass.booking.ReservationOutcome.Reserved;
import io.github.aggregatorsdk.classpass.customer.MatchConflict;
import io.github.aggregatorsdk.classpass.customer.MatchingPolicy;
import io.github.aggregatorsdk.classpass.customer.PersonalDataPolicy;
import io.github.aggregatorsdk.classpass.spi.Booking;
import io.github.aggregatorsdk.classpass.spi.BookingRepository;
import io.github.aggregatorsdk.classpass.spi.BookingStatus;
import io.github.aggregatorsdk.classpass.spi.ClassPassSettings;
import io.github.aggregatorsdk.classpass.spi.Customer;
import io.github.aggregatorsdk.classpass.spi.NewBooking;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What a reservation writes, answers on redelivery, and tells listeners. */
class ReservationServiceTest {

  private final TestStudio t = new TestStudio();

  @Test
  void aReservationLandsInTheSignInListAsAPaidClassPassBookingOfANewCustomer() {
    t.add("s-1");

    Reserved reserved = (Reserved) t.reserve("r-1", "s-1", "u-1");

    Booking booking = t.studio.bookings().findByReservationId("r-1").orElseThrow();
    assertThat(reserved.booking()).isEqualTo(booking);
    assertThat(booking.product()).isEqualTo(NewBooking.CLASSPASS_PRODUCT);
    assertThat(booking.paid()).isTrue();
    assertThat(booking.status()).isEqualTo(BookingStatus.BOOKED);
    assertThat(booking.sessionId()).isEqualTo("s-1");
    assertThat(booking.classPassUserId()).isEqualTo("u-1");
    assertThat(booking.createdAt()).isEqualTo(TestStudio.DAY_BEFORE);
    Customer customer = t.studio.customers().findById(booking.customerId()).orElseThrow();
    assertThat(customer.classPassUserId()).isEqualTo("u-1");
    assertThat(t.read("s-1").occupancy().bookedByClassPass()).isEqualTo(1);
    assertThat(reserved.spotLabel()).isEmpty();
  }

  @Test
  void aReservationReadsOnlyTheRequestingUsersBookingsOfTheClass() {
    // Reading every ClassPass booking of the class on every reservation costs a host of big
    // classes dearly (P3 against the studio app); the rules only need the user's own.
    t.add("s-1");
    t.reserve("r-1", "s-1", "u-1");
    BookingRepository stored = t.studio.bookings();
    BookingRepository perUserOnly =
        new BookingRepository() {
          @Override
          public Optional<Booking> findByReservationId(String reservationId) {
            return stored.findByReservationId(reservationId);
          }

          @Override
          public List<Booking> findClassPassBookings(String sessionId) {
            throw new AssertionError("read every ClassPass booking of " + sessionId);
          }

          @Override
          public List<Booking> findClassPassBookings(String sessionId, String classPassUserId) {
            return stored.findClassPassBookings(sessionId, classPassUserId);
          }

          @Override
          public Booking create(NewBooking booking) {
            return stored.create(booking);
          }

          @Override
          public Booking updateStatus(String bookingId, BookingStatus status, Instant at) {
            return stored.updateStatus(bookingId, status, at);
          }
        };
    ReservationService reservations =
        BookingServices.builder()
            .customers(t.studio.customers())
            .sessions(t.studio.sessions())
            .bookings(perUserOnly)
            .transactions(t.studio.transactions())
            .clock(t.clock)
            .build()
            .reservations();

    ReservationOutcome again = reservations.reserve(TestStudio.request("r-2", "s-1", "u-1"));
    ReservationOutcome other = reservations.reserve(TestStudio.request("r-3", "s-1", "u-2"));

    assertThat(again)
        .isInstanceOfSatisfying(
            Refusal.class,
            refusal ->
                assertThat(refusal.reason())
                    .isEqualTo(Refusal.Reason.ALREADY_RESERVED));
    assertThat(other).isInstanceOf(Reserved.class);
  }

  @Test
  void aSuccessfulReservationTellsTheListenerTheSessionChanged() {
    t.add("s-1");

    t.reserve("r-1", "s-1", "u-1");

    assertThat(t.sessionsChanged).containsExactly("s-1");
    assertThat(t.statusesChanged).isEmpty();
  }

  @Test
  void theSameReservationDeliveredAgainGetsTheFirstAnswerAndCreatesNothing() {
    t.add("s-1", s -> s.layout(layout("A1", "A2")));
    ReservationOutcome first = t.reserve("r-1", "s-1", "u-1");

    ReservationOutcome again = t.reserve("r-1", "s-1", "u-1");

    assertThat(again).isEqualTo(first);
    assertThat(((Reserved) again).spotLabel()).contains("A1");
    assertThat(t.studio.bookings().all()).hasSize(1);
    assertThat(t.studio.customers().all()).hasSize(1);
    // Written nothing, but queued the update again: the first one may have died with its instance.
    assertThat(t.sessionsChanged).containsExactly("s-1", "s-1");
  }

  @Test
  void aRedeliveryIsAnsweredAsBeforeEvenOnceTheClassIsFull() {
    t.add("s-1", s -> s.capacity(1));
    ReservationOutcome first = t.reserve("r-1", "s-1", "u-1");

    assertThat(t.reserve("r-1", "s-1", "u-1")).isEqualTo(first);
  }

  @Test
  void aKnownReservationIdForAnotherScheduleOrUserAnswersReservationException() {
    t.add("s-1");
    t.add("s-2");
    t.reserve("r-1", "s-1", "u-1");

    ReservationOutcome otherSchedule = t.reserve("r-1", "s-2", "u-1");
    ReservationOutcome otherUser = t.reserve("r-1", "s-1", "u-2");

    assertThat(otherSchedule)
        .isEqualTo(
            new Refusal(
                Refusal.Reason.RESERVATION_REFUSED,
                "reservation r-1 was already made for another schedule or user"));
    assertThat(otherUser).isEqualTo(otherSchedule);
    assertThat(t.studio.bookings().all()).hasSize(1);
  }

  @Test
  void aRefusalWritesNothingAndTellsNoListener() {
    t.add("s-1", s -> s.activity(activity(ClassPassSettings.offered().withSpotLimit(0))));
    TestStudio emailStudio =
        new TestStudio(MatchingPolicy.CLASSPASS_ID_THEN_EMAIL, PersonalDataPolicy.ALL, null);
    emailStudio.add("s-1", s -> s.activity(activity(ClassPassSettings.offered().withSpotLimit(0))));
    emailStudio.studio.customers().save(new Customer("c-1", "Ana", "Lima", EMAIL, null, null, null));

    assertThat(t.reserve("r-1", "s-1", "u-1")).isInstanceOf(Refusal.class);
    assertThat(emailStudio.reserve("r-1", "s-1", "u-1")).isInstanceOf(Refusal.class);

    assertThat(t.studio.customers().all()).isEmpty();
    assertThat(t.studio.bookings().all()).isEmpty();
    assertThat(t.sessionsChanged).isEmpty();
    assertThat(emailStudio.studio.customers().findById("c-1").orElseThrow().classPassUserId())
        .isNull();
  }

  @Test
  void aKnownClassPassUserIsBookedAsTheExistingCustomer() {
    t.add("s-1");
    t.studio.customers().save(new Customer("c-7", "Ana", "Lima", null, null, null, "u-1"));

    t.reserve("r-1", "s-1", "u-1");

    assertThat(t.studio.bookings().findByReservationId("r-1").orElseThrow().customerId())
        .isEqualTo("c-7");
    assertThat(t.studio.customers().all()).hasSize(1);
  }

  @Test
  void aNewCustomerReceivesWhatThePersonalDataPolicyAllows() {
    TestStudio contactOnly =
        new TestStudio(MatchingPolicy.CLASSPASS_ID, PersonalDataPolicy.CONTACT, null);
    contactOnly.add("s-1");

    contactOnly.reserve("r-1", "s-1", "u-1");

    Customer customer = contactOnly.studio.customers().findByClassPassUserId("u-1").orElseThrow();
    assertThat(customer.email()).isEqualTo(EMAIL);
    assertThat(customer.phone()).isEqualTo(PHONE);
    assertThat(customer.birthday()).isNull();
  }

  @Test
  void anEmailConflictIsReportedAfterTheBookingWasMade() {
    TestStudio emailStudio =
        new TestStudio(MatchingPolicy.CLASSPASS_ID_THEN_EMAIL, PersonalDataPolicy.ALL, null);
    emailStudio.add("s-1");
    emailStudio.studio.customers()
        .save(new Customer("c-1", "Ana", "Lima", EMAIL, null, null, "u-other"));

    emailStudio.reserve("r-1", "s-1", "u-1");

    assertThat(emailStudio.conflicts)
        .singleElement()
        .extracting(MatchConflict::reason, MatchConflict::candidateCustomerIds)
        .containsExactly(MatchConflict.Reason.EMAIL_CUSTOMER_HAS_OTHER_CLASSPASS_ID, List.of("c-1"));
  }

  @Test
  void aBookingWhoseUpdateCannotBeWrittenIsRolledBack() {
    BookingEventListener failing =
        new BookingEventListener() {
          @Override
          public void sessionChanged(String sessionId) {
            throw new IllegalStateException("queue down");
          }
        };
    TestStudio failingStudio =
        new TestStudio(MatchingPolicy.CLASSPASS_ID, PersonalDataPolicy.ALL, failing);
    failingStudio.add("s-1");

    assertThatThrownBy(() -> failingStudio.reserve("r-1", "s-1", "u-1"))
        .isInstanceOf(IllegalStateException.class);

    assertThat(failingStudio.studio.bookings().findByReservationId("r-1")).isEmpty();
    assertThat(failingStudio.studio.customers().findByClassPassUserId("u-1")).isEmpty();
  }

  @Test
  void aRedeliveredReservationQueuesItsUpdateAgain() {
    t.add("s-1");
    t.reserve("r-1", "s-1", "u-1");
    t.sessionsChanged.clear();

    ReservationOutcome again = t.reserve("r-1", "s-1", "u-1");

    assertThat(again).isInstanceOf(Reserved.class);
    assertThat(t.sessionsChanged).containsExactly("s-1");
  }

  @Test
  void refusalMessagesNameIdsButNoPersonalData() {
    t.add("s-full", s -> s.capacity(0));
    t.add("s-cancelled", s -> s.cancelled(true));
    t.add("s-closed", s -> s.activity(activity(ClassPassSettings.notOffered())));
    t.add("s-ok");
    t.reserve("r-0", "s-ok", "u-1");

    List<ReservationOutcome> refusals =
        List.of(
            t.reserve("r-1", "s-full", "u-1"),
            t.reserve("r-2", "s-cancelled", "u-1"),
            t.reserve("r-3", "s-closed", "u-1"),
            t.reserve("r-4", "s-unknown", "u-1"),
            t.reserve("r-5", "s-ok", "u-1"));

    assertThat(refusals).allSatisfy(outcome -> {
      assertThat(outcome).isInstanceOf(Refusal.class);
      String message = ((Refusal) outcome).message();
      assertThat(message).doesNotContainIgnoringCase(EMAIL).doesNotContain(PHONE, "Lima", "1990");
      assertThat(message).containsPattern("s-(full|cancelled|closed|unknown|ok)");
    });
  }
}
