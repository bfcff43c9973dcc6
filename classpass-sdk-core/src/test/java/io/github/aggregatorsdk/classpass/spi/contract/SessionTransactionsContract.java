package io.github.aggregatorsdk.classpass.spi.contract;

import static io.github.aggregatorsdk.classpass.spi.contract.Samples.T0;
import static io.github.aggregatorsdk.classpass.spi.contract.Samples.booking;
import static io.github.aggregatorsdk.classpass.spi.contract.Samples.newCustomer;
import static io.github.aggregatorsdk.classpass.spi.contract.Samples.session;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.aggregatorsdk.classpass.spi.ClassSession;
import io.github.aggregatorsdk.classpass.spi.Customer;
import io.github.aggregatorsdk.classpass.spi.SessionTransactions;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link SessionTransactions}: work for one session runs alone while other
 * sessions proceed, sees earlier work's writes, and commits on return or rolls back on an
 * exception that is rethrown unchanged. Extend it in a host's tests and implement {@link
 * #createFixture()}.
 */
public abstract class SessionTransactionsContract extends SpiContract {

  private static final long TIMEOUT_SECONDS = 30;

  private ClassSession session;
  private ClassSession otherSession;
  private ExecutorService pool;

  /** Seeds two sessions and starts a thread pool. */
  @BeforeEach
  public void seedSessions() {
    String partnerId = fixture.seedPartner(Samples.partner("p-1")).id();
    String venueId = fixture.seedVenue(Samples.venue(partnerId, "v-1")).id();
    ZoneId zone = ZoneId.of("UTC");
    LocalDate day = LocalDate.of(2026, 3, 10);
    session = fixture.seedSession(session("s-1", partnerId, venueId, Samples.at(zone, day, 9, 0)).build());
    otherSession =
        fixture.seedSession(session("s-2", partnerId, venueId, Samples.at(zone, day, 11, 0)).build());
    pool = Executors.newFixedThreadPool(10);
  }

  /** Stops the thread pool. */
  @AfterEach
  public void stopPool() {
    pool.shutdownNow();
  }

  private SessionTransactions transactions() {
    return fixture.transactions();
  }

  @Test
  public void returnsWhatTheWorkReturned() {
    assertThat(transactions().inSessionTransaction(session.id(), () -> "done")).isEqualTo("done");
  }

  @Test
  public void runsTheWorkForAnUnknownSession() {
    assertThat(transactions().inSessionTransaction("no-such-session", () -> 42)).isEqualTo(42);
  }

  @Test
  public void commitsWritesWhenTheWorkReturns() {
    transactions().inSessionTransaction(session.id(), () -> bookOne("cp-1", "r-1"));

    assertThat(fixture.bookings().findByReservationId("r-1")).isPresent();
    assertThat(fixture.customers().findByClassPassUserId("cp-1")).isPresent();
    assertThat(fixture.sessions().findById(session.id()).orElseThrow().occupancy().booked())
        .isEqualTo(1);
  }

  @Test
  public void workSeesItsOwnWritesInTheSessionsOccupancy() {
    int bookedInside =
        transactions().inSessionTransaction(
            session.id(),
            () -> {
              bookOne("cp-1", "r-1");
              return fixture.sessions().findById(session.id()).orElseThrow().occupancy().booked();
            });

    assertThat(bookedInside).isEqualTo(1);
  }

  @Test
  public void rollsBackEveryWriteAndRethrowsTheSameExceptionWhenTheWorkThrows() {
    Customer walkIn = fixture.seedCustomer(Samples.walkIn("c-1", "Bo", "Berg", "bo@example.com"));
    RuntimeException failure = new IllegalStateException("work failed");

    assertThatThrownBy(
            () ->
                transactions().inSessionTransaction(
                    session.id(),
                    () -> {
                      bookOne("cp-1", "r-1");
                      fixture.customers().linkClassPassUserId(walkIn.id(), "cp-2");
                      throw failure;
                    }))
        .isSameAs(failure);

    assertThat(fixture.bookings().findByReservationId("r-1")).isEmpty();
    assertThat(fixture.customers().findByClassPassUserId("cp-1")).isEmpty();
    assertThat(fixture.customers().findByClassPassUserId("cp-2")).isEmpty();
    assertThat(fixture.sessions().findById(session.id()).orElseThrow().occupancy().booked())
        .isZero();
  }

  @Test
  public void workForTheSameSessionWaitsWhileWorkForAnotherSessionProceeds() throws Exception {
    CountDownLatch holderInside = new CountDownLatch(1);
    CountDownLatch releaseHolder = new CountDownLatch(1);
    AtomicBoolean sameSessionRan = new AtomicBoolean();
    Future<?> holder =
        pool.submit(
            () ->
                transactions().inSessionTransaction(
                    session.id(),
                    () -> {
                      holderInside.countDown();
                      await(releaseHolder);
                      return null;
                    }));
    assertThat(holderInside.await(TIMEOUT_SECONDS, TimeUnit.SECONDS)).isTrue();

    Future<?> sameSession =
        pool.submit(
            () -> transactions().inSessionTransaction(session.id(), () -> {
              sameSessionRan.set(true);
              return null;
            }));
    Future<String> otherSessionWork =
        pool.submit(() -> transactions().inSessionTransaction(otherSession.id(), () -> "ran"));

    assertThat(otherSessionWork.get(TIMEOUT_SECONDS, TimeUnit.SECONDS)).isEqualTo("ran");
    assertThatThrownBy(() -> sameSession.get(300, TimeUnit.MILLISECONDS))
        .isInstanceOf(TimeoutException.class);
    assertThat(sameSessionRan).isFalse();

    releaseHolder.countDown();
    holder.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    sameSession.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    assertThat(sameSessionRan).isTrue();
  }

  @Test
  public void concurrentWorkForOneSessionNeverOverlaps() throws Exception {
    int threads = 8;
    int rounds = 25;
    AtomicInteger inside = new AtomicInteger();
    AtomicInteger mostInside = new AtomicInteger();
    AtomicInteger counter = new AtomicInteger(); // read and written separately: lost updates show
    CountDownLatch start = new CountDownLatch(1);
    List<Future<?>> results = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      results.add(
          pool.submit(
              () -> {
                await(start);
                for (int r = 0; r < rounds; r++) {
                  transactions().inSessionTransaction(
                      session.id(),
                      () -> {
                        mostInside.accumulateAndGet(inside.incrementAndGet(), Math::max);
                        int read = counter.get();
                        Thread.yield();
                        counter.set(read + 1);
                        inside.decrementAndGet();
                        return null;
                      });
                }
                return null;
              }));
    }
    start.countDown();
    for (Future<?> result : results) {
      result.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    }

    assertThat(mostInside).hasValue(1);
    assertThat(counter).hasValue(threads * rounds);
  }

  private Object bookOne(String classPassUserId, String reservationId) {
    Customer customer =
        fixture.customers().create(newCustomer(classPassUserId, classPassUserId + "@example.com"));
    return fixture.bookings()
        .create(booking(session.id(), customer.id(), reservationId, classPassUserId, null, T0));
  }

  private static void await(CountDownLatch latch) {
    try {
      if (!latch.await(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
        throw new IllegalStateException("latch not released in time");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
