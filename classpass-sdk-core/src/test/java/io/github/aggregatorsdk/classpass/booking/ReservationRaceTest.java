package io.github.aggregatorsdk.classpass.booking;

import static io.github.aggregatorsdk.classpass.booking.Refusal.Reason.CLASS_CANCELLED;
import static io.github.aggregatorsdk.classpass.booking.Refusal.Reason.RESERVATION_REFUSED;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.aggregatorsdk.classpass.booking.ReservationOutcome.Reserved;
import io.github.aggregatorsdk.classpass.customer.MatchingPolicy;
import io.github.aggregatorsdk.classpass.customer.PersonalDataPolicy;
import io.github.aggregatorsdk.classpass.spi.Booking;
import io.github.aggregatorsdk.classpass.spi.Customer;
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

/**
 * Races the host's store decides (its unique constraints fire after the SDK's checks) still get
 * the contract's answer, never an exception (which the partner API turns into a retryable 500).
 */
class ReservationRaceTest {

  private static final int CLASSES = 8;

  private final ExecutorService pool = Executors.newFixedThreadPool(32);

  @AfterEach
  void stopPool() {
    pool.shutdownNow();
  }

  @RepeatedTest(20)
  void sameReservationIdForEightClassesAtOnceBooksOneAndRefusesTheOthersWith4001()
      throws Exception {
    TestStudio t = new TestStudio();
    List<Callable<ReservationOutcome>> calls = new ArrayList<>();
    for (int i = 0; i < CLASSES; i++) {
      t.add("s-" + i);
      String session = "s-" + i;
      calls.add(() -> t.services.reservations().reserve(TestStudio.request("r-1", session, "u-1")));
    }

    List<Object> answers = race(calls);

    assertThat(answers).filteredOn(Reserved.class::isInstance).hasSize(1);
    assertThat(answers)
        .filteredOn(answer -> !(answer instanceof Reserved))
        .hasSize(CLASSES - 1)
        .allSatisfy(answer -> assertThat(answer).isInstanceOf(Refusal.class))
        .allSatisfy(answer -> assertThat(((Refusal) answer).reason()).isEqualTo(Refusal.Reason.RESERVATION_REFUSED));
    assertThat(t.studio.bookings().all()).hasSize(1);
  }

  @RepeatedTest(20)
  void usersSharingAnEmailBookingAtOnceLinkTheCustomerOnceAndAllBook() throws Exception {
    TestStudio t = new TestStudio(MatchingPolicy.CLASSPASS_ID_THEN_EMAIL, PersonalDataPolicy.ALL, null);
    t.studio.customers().save(new Customer("walk-in", "Ana", "Lima", TestStudio.EMAIL, null, null, null));
    List<Callable<ReservationOutcome>> calls = new ArrayList<>();
    for (int i = 0; i < CLASSES; i++) {
      t.add("s-" + i);
      String session = "s-" + i;
      String user = "u-" + i;
      calls.add(() -> t.services.reservations().reserve(TestStudio.request("r-" + user, session, user)));
    }

    List<Object> answers = race(calls);

    assertThat(answers).allSatisfy(answer -> assertThat(answer).isInstanceOf(Reserved.class));
    assertThat(t.studio.bookings().all()).hasSize(CLASSES);
    assertThat(t.studio.customers().findById("walk-in").orElseThrow().classPassUserIdIfLinked())
        .isPresent();
    assertThat(t.studio.customers().all()).hasSize(CLASSES);
    assertThat(t.conflicts).hasSize(CLASSES - 1);
  }

  @RepeatedTest(20)
  void oneUserBookingEightClassesAtOnceIsLinkedByEmailOnce() throws Exception {
    TestStudio t = new TestStudio(MatchingPolicy.CLASSPASS_ID_THEN_EMAIL, PersonalDataPolicy.ALL, null);
    t.studio.customers().save(new Customer("walk-in", "Ana", "Lima", TestStudio.EMAIL, null, null, null));
    List<Callable<ReservationOutcome>> calls = new ArrayList<>();
    for (int i = 0; i < CLASSES; i++) {
      t.add("s-" + i);
      String session = "s-" + i;
      calls.add(() -> t.services.reservations().reserve(TestStudio.request("r-" + i(session), session, "u-1")));
    }

    List<Object> answers = race(calls);

    assertThat(answers).allSatisfy(answer -> assertThat(answer).isInstanceOf(Reserved.class));
    assertThat(t.studio.bookings().all())
        .hasSize(CLASSES)
        .extracting(Booking::customerId)
        .containsOnly("walk-in");
    assertThat(t.studio.customers().all()).hasSize(1);
  }

  @RepeatedTest(20)
  void reservationsRacingAStaffCancellationAreBookedOrRefusedWith4004() throws Exception {
    TestStudio t = new TestStudio();
    t.add("s-1");
    List<Callable<Object>> calls = new ArrayList<>();
    for (int i = 0; i < CLASSES; i++) {
      String user = "u-" + i;
      calls.add(() -> t.services.reservations().reserve(TestStudio.request("r-" + user, "s-1", user)));
    }
    calls.add(
        () ->
            t.studio.transactions()
                .inSessionTransaction(
                    "s-1",
                    () -> t.studio.sessions().save(t.read("s-1").toBuilder().cancelled(true).build())));

    List<Object> answers = race(calls);

    List<Object> reservations = answers.subList(0, CLASSES);
    assertThat(reservations)
        .allSatisfy(
            answer ->
                assertThat(
                        answer instanceof Reserved
                            || ((Refusal) answer).reason() == Refusal.Reason.CLASS_CANCELLED)
                    .isTrue());
    assertThat(t.studio.bookings().all())
        .hasSize((int) reservations.stream().filter(Reserved.class::isInstance).count());
  }

  @RepeatedTest(20)
  void sameReservationRedeliveredConcurrentlyGetsOneBookingAndTheSameAnswer() throws Exception {
    TestStudio t = new TestStudio();
    t.add("s-1");
    List<Callable<ReservationOutcome>> calls = new ArrayList<>();
    for (int i = 0; i < CLASSES; i++) {
      calls.add(() -> t.services.reservations().reserve(TestStudio.request("r-1", "s-1", "u-1")));
    }

    List<Object> answers = race(calls);

    assertThat(answers).allSatisfy(answer -> assertThat(answer).isInstanceOf(Reserved.class));
    assertThat(answers).containsOnly(answers.get(0));
    assertThat(t.studio.bookings().all()).hasSize(1);
  }

  private static String i(String session) {
    return session.substring(2);
  }

  /** Runs the calls at once; an exception is a failed test, not an answer. */
  private List<Object> race(List<? extends Callable<?>> calls) throws Exception {
    CountDownLatch ready = new CountDownLatch(calls.size());
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Object>> futures = new ArrayList<>();
    for (Callable<?> call : calls) {
      futures.add(
          pool.submit(
              () -> {
                ready.countDown();
                start.await();
                return (Object) call.call();
              }));
    }
    assertThat(ready.await(30, TimeUnit.SECONDS)).isTrue();
    start.countDown();
    List<Object> answers = new ArrayList<>();
    for (Future<Object> future : futures) {
      answers.add(future.get(30, TimeUnit.SECONDS));
    }
    return answers;
  }
}
