package io.github.aggregatorsdk.classpass.booking;

import static io.github.aggregatorsdk.classpass.booking.TestStudio.START;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.aggregatorsdk.classpass.internal.SdkLogCapture;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** When ClassPass's view of "late" differs from the studio's policy, the studio's answer stands
 * and the disagreement is surfaced: to a listener, and in a log line without personal data. */
class LateCancelDisagreementTest {

  private final TestStudio t = new TestStudio();
  private final List<LateCancelDisagreement> heard = new CopyOnWriteArrayList<>();
  private final BookingServices services = BookingServices.builder()
      .customers(t.studio.customers())
      .sessions(t.studio.sessions())
      .bookings(t.studio.bookings())
      .transactions(t.studio.transactions())
      .outcomeListener(new BookingOutcomeListener() {
        @Override
        public void lateCancelDisagreement(LateCancelDisagreement disagreement) {
          heard.add(disagreement);
        }
      })
      .clock(t.clock)
      .build();

  @Test
  void classPassSayingLateWhenTheStudioSaysEarlyIsSurfacedAndTheStudioIsAnswered()
      throws Exception {
    t.add("s-1", s -> s.lateCancelWindow(Duration.ofHours(2)));
    services.reservations().reserve(TestStudio.request("r-1", "s-1", "u-1"));
    t.clock.set(START.toInstant().minus(Duration.ofHours(5)));

    CancellationOutcome[] outcome = new CancellationOutcome[1];
    String logged = SdkLogCapture.during(() -> outcome[0] =
        services.cancellations().cancel(new CancellationCommand("r-1", "p-1", true)));

    assertThat(((CancellationOutcome.Cancelled) outcome[0]).lateCancel()).isFalse();
    assertThat(heard).containsExactly(new LateCancelDisagreement("r-1", "s-1", true, false));
    assertThat(logged).contains("reservation r-1 on schedule s-1: ClassPass says late true,"
        + " the studio's policy says late false").doesNotContain("Ana", "Lima");
  }

  @Test
  void agreementOrNoViewFromClassPassIsNotADisagreement() {
    t.add("s-1", s -> s.lateCancelWindow(Duration.ofHours(2)));
    t.add("s-2", s -> s.lateCancelWindow(Duration.ofHours(2)));
    services.reservations().reserve(TestStudio.request("r-1", "s-1", "u-1"));
    services.reservations().reserve(TestStudio.request("r-2", "s-2", "u-1"));
    t.clock.set(START.toInstant().minus(Duration.ofHours(1)));

    services.cancellations().cancel(new CancellationCommand("r-1", "p-1", true));
    services.cancellations().cancel(new CancellationCommand("r-2", "p-1", null));

    assertThat(heard).isEmpty();
  }
}
