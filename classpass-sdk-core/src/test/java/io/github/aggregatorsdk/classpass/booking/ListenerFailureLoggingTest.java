package io.github.aggregatorsdk.classpass.booking;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.aggregatorsdk.classpass.internal.SdkLogCapture;
import org.junit.jupiter.api.Test;

/** A failing host listener is logged without its message, which may quote personal data. */
class ListenerFailureLoggingTest {

  private static final String PERSONAL = "ana.lima@example.com, Ana Lima, born 1990-04-01";

  @Test
  void failingListenerIsLoggedWithoutItsMessageAtAnyLevel() throws Exception {
    TestStudio t = new TestStudio();
    t.add("s-1");
    BookingServices services = BookingServices.builder()
        .customers(t.studio.customers())
        .sessions(t.studio.sessions())
        .bookings(t.studio.bookings())
        .transactions(t.studio.transactions())
        .outcomeListener(new BookingOutcomeListener() {
          @Override
          public void reservationAnswered(ReservationOutcome outcome) {
            throw new IllegalStateException("could not notify " + PERSONAL);
          }
        })
        .clock(t.clock)
        .build();

    String logged =
        SdkLogCapture.during(
            () -> services.reservations().reserve(TestStudio.request("r-1", "s-1", "u-1")));

    assertThat(t.studio.bookings().findByReservationId("r-1")).isPresent();
    assertThat(logged)
        .contains("listener reservationAnswered failed for Reserved with"
            + " java.lang.IllegalStateException")
        .contains("java.lang.IllegalStateException (message withheld)")
        .doesNotContain("ana.lima", "Ana Lima", "1990-04-01");
  }
}
