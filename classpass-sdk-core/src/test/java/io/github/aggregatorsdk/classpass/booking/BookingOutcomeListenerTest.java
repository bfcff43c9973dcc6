package io.github.aggregatorsdk.classpass.booking;

import static io.github.aggregatorsdk.classpass.booking.Refusal.Reason.ALREADY_RESERVED;
import static io.github.aggregatorsdk.classpass.booking.Refusal.Reason.CANCELLATION_REFUSED;
import static io.github.aggregatorsdk.classpass.booking.Refusal.Reason.RESERVATION_REFUSED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.aggregatorsdk.classpass.spi.SessionTransactions;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class BookingOutcomeListenerTest {

  private final TestStudio t = new TestStudio();
  private final List<Object> heard = new CopyOnWriteArrayList<>();
  private final BookingOutcomeListener recording =
      new BookingOutcomeListener() {
        @Override
        public void reservationAnswered(ReservationOutcome outcome) {
          heard.add(outcome);
        }

        @Override
        public void cancellationAnswered(CancellationOutcome outcome) {
          heard.add(outcome);
        }
      };

  private BookingServices services(
      BookingOutcomeListener listener, SessionTransactions transactions) {
    return BookingServices.builder()
        .customers(t.studio.customers())
        .sessions(t.studio.sessions())
        .bookings(t.studio.bookings())
        .transactions(transactions)
        .outcomeListener(listener)
        .clock(t.clock)
        .build();
  }

  @Test
  void everyAnswerIsHeardRefusalsIncluded() {
    t.add("s-1");
    BookingServices services = services(recording, t.studio.transactions());

    ReservationService reservations = services.reservations();
    ReservationOutcome booked = reservations.reserve(TestStudio.request("r-1", "s-1", "u-1"));
    ReservationOutcome twice = reservations.reserve(TestStudio.request("r-2", "s-1", "u-1"));
    ReservationOutcome unknown = reservations.reserve(TestStudio.request("r-3", "nope", "u-2"));
    CancellationOutcome cancelled =
        services.cancellations().cancel(new CancellationCommand("r-1", "p-1", null));
    CancellationOutcome notFound =
        services.cancellations().cancel(new CancellationCommand("r-9", "p-1", null));

    assertThat(heard).containsExactly(booked, twice, unknown, cancelled, notFound);
    assertThat(booked).isInstanceOf(ReservationOutcome.Reserved.class);
    assertThat(((Refusal) twice).reason()).isEqualTo(Refusal.Reason.ALREADY_RESERVED);
    assertThat(((Refusal) unknown).reason()).isEqualTo(Refusal.Reason.RESERVATION_REFUSED);
    assertThat(cancelled).isInstanceOf(CancellationOutcome.Cancelled.class);
    assertThat(((Refusal) notFound).reason()).isEqualTo(Refusal.Reason.CANCELLATION_REFUSED);
  }

  @Test
  void aReservationOfAnUnknownClassIsHeardAsRefused() {
    BookingServices services = services(recording, t.studio.transactions());

    ReservationOutcome outcome =
        services.reservations().reserve(TestStudio.request("r-1", "s-404", "u-1"));

    assertThat(heard).containsExactly(outcome);
    assertThat(((Refusal) outcome).reason()).isEqualTo(Refusal.Reason.RESERVATION_REFUSED);
  }

  @Test
  void aFailingListenerNeverChangesTheAnswer() {
    t.add("s-1");
    BookingServices services =
        services(
            new BookingOutcomeListener() {
              @Override
              public void reservationAnswered(ReservationOutcome outcome) {
                throw new IllegalStateException("metrics bug");
              }
            },
            t.studio.transactions());

    ReservationOutcome outcome =
        services.reservations().reserve(TestStudio.request("r-1", "s-1", "u-1"));

    assertThat(outcome).isInstanceOf(ReservationOutcome.Reserved.class);
    assertThat(t.studio.bookings().findByReservationId("r-1")).isPresent();
  }

  @Test
  void aHostFailureIsNotReportedAsAnOutcome() {
    t.add("s-1");
    SessionTransactions failing =
        new SessionTransactions() {
          @Override
          public <T> T inSessionTransaction(String sessionId, Supplier<T> work) {
            throw new IllegalStateException("database down");
          }
        };
    BookingServices services = services(recording, failing);

    assertThatThrownBy(
            () -> services.reservations().reserve(TestStudio.request("r-1", "s-1", "u-1")))
        .hasMessage("database down");
    assertThat(heard).isEmpty();
  }
}
