package io.github.aggregatorsdk.classpass.booking;

import static io.github.aggregatorsdk.classpass.booking.TestStudio.activity;
import static io.github.aggregatorsdk.classpass.booking.Refusal.Reason.ALREADY_RESERVED;
import static io.github.aggregatorsdk.classpass.booking.Refusal.Reason.NO_CAPACITY;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.aggregatorsdk.classpass.booking.ReservationOutcome.Reserved;
import io.github.aggregatorsdk.classpass.spi.Booking;
import io.github.aggregatorsdk.classpass.spi.ClassPassSettings;
import io.github.aggregatorsdk.classpass.spi.Occupancy;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.RepeatedTest;

/** Racing reservations never overbook, never book a user twice, never book a reservation twice. */
class ReservationConcurrencyTest {

  private static final int THREADS = 200;
  private static final int USERS = 50;

  private final ExecutorService pool = Executors.newFixedThreadPool(THREADS);

  @AfterEach
  void stopPool() {
    pool.shutdownNow();
  }

  @RepeatedTest(5)
  void twoHundredRacingReservationsFillExactlyTheClassPassLimit() throws Exception {
    TestStudio t = new TestStudio();
    t.add(
        "s-1",
        s -> s.capacity(12).activity(activity(ClassPassSettings.offered().withSpotLimit(10))));
    t.studio.sessions().addHostBookings("s-1", 1);
    List<ReservationCommand> requests = new ArrayList<>();
    for (int i = 0; i < THREADS; i++) {
      // each of the 50 users sends 4 reservations with ids of their own
      requests.add(TestStudio.request("r-" + i, "s-1", "u-" + (i % USERS)));
    }

    List<ReservationOutcome> answers = race(t, requests);

    List<Reserved> reserved =
        answers.stream().filter(Reserved.class::isInstance).map(Reserved.class::cast).toList();
    assertThat(reserved).hasSize(10);
    assertThat(answers)
        .filteredOn(Refusal.class::isInstance)
        .hasSize(THREADS - 10)
        .allSatisfy(
            answer ->
                assertThat(((Refusal) answer).reason())
                    .isIn(Refusal.Reason.NO_CAPACITY, Refusal.Reason.ALREADY_RESERVED));
    List<Booking> stored = t.studio.bookings().findClassPassBookings("s-1");
    assertThat(stored).hasSize(10);
    assertThat(stored).extracting(Booking::classPassUserId).doesNotHaveDuplicates();
    assertThat(stored).containsExactlyInAnyOrderElementsOf(
        reserved.stream().map(Reserved::booking).toList());
    assertThat(t.read("s-1").occupancy()).isEqualTo(Occupancy.of(11, 10));
    assertThat(t.services.availability().availability(t.read("s-1")).spots()).isZero();
    assertThat(t.studio.customers().all()).hasSize(10);
    assertThat(t.sessionsChanged).hasSize(10);
  }

  @RepeatedTest(5)
  void oneReservationSentByTwentyThreadsAtOnceBooksOnceAndAnswersAlike() throws Exception {
    TestStudio t = new TestStudio();
    t.add("s-1", s -> s.layout(TestStudio.layout("A1", "A2", "A3")));
    List<ReservationCommand> requests = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      requests.add(TestStudio.request("r-same", "s-1", "u-1"));
    }

    List<ReservationOutcome> answers = race(t, requests);

    assertThat(answers).hasSize(20).allSatisfy(a -> assertThat(a).isInstanceOf(Reserved.class));
    assertThat(answers).containsOnly(answers.get(0));
    assertThat(t.studio.bookings().all()).hasSize(1);
    assertThat(t.studio.customers().all()).hasSize(1);
    // One booking; every answer queued the class's update (redeliveries queue it again).
    assertThat(t.sessionsChanged).hasSize(20).containsOnly("s-1");
  }

  private List<ReservationOutcome> race(TestStudio t, List<ReservationCommand> requests)
      throws Exception {
    CountDownLatch ready = new CountDownLatch(requests.size());
    CountDownLatch start = new CountDownLatch(1);
    List<Future<ReservationOutcome>> futures = new ArrayList<>();
    for (ReservationCommand request : requests) {
      Callable<ReservationOutcome> reserve =
          () -> {
            ready.countDown();
            start.await();
            return t.services.reservations().reserve(request);
          };
      futures.add(pool.submit(reserve));
    }
    assertThat(ready.await(30, TimeUnit.SECONDS)).isTrue();
    start.countDown();
    List<ReservationOutcome> answers = new ArrayList<>();
    for (Future<ReservationOutcome> future : futures) {
      answers.add(future.get(30, TimeUnit.SECONDS));
    }
    return answers;
  }
}
