package io.github.aggregatorsdk.classpass.example.studio.classpass;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.aggregatorsdk.classpass.example.studio.StudioApplication;
import io.github.aggregatorsdk.classpass.spi.Activity;
import io.github.aggregatorsdk.classpass.spi.Booking;
import io.github.aggregatorsdk.classpass.spi.ClassPassSettings;
import io.github.aggregatorsdk.classpass.spi.ClassSession;
import io.github.aggregatorsdk.classpass.spi.Customer;
import io.github.aggregatorsdk.classpass.spi.NewBooking;
import io.github.aggregatorsdk.classpass.spi.NewCustomer;
import io.github.aggregatorsdk.classpass.spi.Occupancy;
import io.github.aggregatorsdk.classpass.spi.PartnerProfile;
import io.github.aggregatorsdk.classpass.spi.PostalAddress;
import io.github.aggregatorsdk.classpass.spi.VenueProfile;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two instances of the app (two application contexts, each with its own connection pool and beans,
 * sharing nothing but the database) booking into the same class at once: only the database's row
 * lock can keep them apart. Subclasses name the database.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class TwoAppInstancesTest {

  private static final Instant T0 = Instant.parse("2026-03-01T09:00:00Z");
  private static final long TIMEOUT_SECONDS = 60;

  private ConfigurableApplicationContext one;
  private ConfigurableApplicationContext two;
  private ExecutorService pool;

  /** A JDBC URL both instances use; each test class gets a fresh database. */
  protected abstract String databaseUrl();

  /** The Spring profiles both instances run with. */
  protected abstract String[] profiles();

  @BeforeAll
  void startTwoInstances() {
    String url = databaseUrl();
    one = start(url);
    two = start(url);
  }

  @AfterAll
  void stopInstances() {
    if (two != null) {
      two.close();
    }
    if (one != null) {
      one.close();
    }
  }

  @BeforeEach
  void emptyDatabase() {
    app(one).emptied();
    pool = Executors.newFixedThreadPool(8);
  }

  @AfterEach
  void stopPool() {
    pool.shutdownNow();
  }

  private ConfigurableApplicationContext start(String url) {
    return new SpringApplicationBuilder(StudioApplication.class)
        .sources(JpaSpiFixture.class, JpaSpiFixture.Repositories.class)
        .web(WebApplicationType.NONE)
        .profiles(profiles())
        .run(
            "--spring.datasource.url=" + url,
            "--studio.demo.seed=false",
            "--spring.main.banner-mode=off");
  }

  @Test
  void reservationsRacingThroughBothInstancesNeverOverbookAClass() throws Exception {
    ClassSession session = seedClass(5);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Boolean>> attempts = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      JpaSpiFixture instance = app(i % 2 == 0 ? one : two);
      String user = "cp-" + i;
      attempts.add(
          pool.submit(
              () -> {
                start.await();
                return bookIfRoom(instance, session.id(), user);
              }));
    }
    start.countDown();
    int booked = 0;
    for (Future<Boolean> attempt : attempts) {
      booked += attempt.get(TIMEOUT_SECONDS, TimeUnit.SECONDS) ? 1 : 0;
    }

    assertThat(booked).isEqualTo(5);
    assertThat(app(two).sessions().findById(session.id()).orElseThrow().occupancy())
        .isEqualTo(Occupancy.of(5, 5));
    assertThat(app(one).bookings().findClassPassBookings(session.id())).hasSize(5);
  }

  /** Reservation-style work: check for room, then create the customer and the booking. */
  private static boolean bookIfRoom(JpaSpiFixture instance, String sessionId, String user) {
    return instance
        .transactions()
        .inSessionTransaction(
            sessionId,
            () -> {
              ClassSession session = instance.sessions().findById(sessionId).orElseThrow();
              if (session.occupancy().booked() >= session.capacity()) {
                return false;
              }
              pause(20); // between the check and the insert: where an unlocked race goes wrong
              Customer customer = instance.customers().create(newCustomer(user));
              instance
                  .bookings()
                  .create(
                      NewBooking.classPass(sessionId, customer.id(), "r-" + user, user, null, T0));
              return true;
            });
  }

  @Test
  void aClassPassUserCreatedThroughBothInstancesAtOnceBecomesOneCustomer() throws Exception {
    ClassSession session = seedClass(5);
    CountDownLatch oneHasCreated = new CountDownLatch(1);
    CountDownLatch oneMayCommit = new CountDownLatch(1);
    Future<String> first =
        pool.submit(
            () ->
                new TransactionTemplate(one.getBean(PlatformTransactionManager.class))
                    .execute(
                        status -> {
                          String id = app(one).customers().create(newCustomer("cp-both")).id();
                          oneHasCreated.countDown();
                          await(oneMayCommit);
                          return id;
                        }));
    assertThat(oneHasCreated.await(TIMEOUT_SECONDS, TimeUnit.SECONDS)).isTrue();

    // Instance two creates the same user inside its booking transaction while one's insert is
    // not yet committed: its own insert then hits the unique constraint.
    Future<Booking> second =
        pool.submit(
            () ->
                app(two)
                    .transactions()
                    .inSessionTransaction(
                        session.id(),
                        () -> {
                          Customer customer = app(two).customers().create(newCustomer("cp-both"));
                          return app(two)
                              .bookings()
                              .create(
                                  NewBooking.classPass(
                                      session.id(), customer.id(), "r-both", "cp-both", null, T0));
                        }));
    pause(300); // time for instance two to reach its insert
    oneMayCommit.countDown();

    String customerId = first.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    Booking booking = second.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    assertThat(booking.customerId()).isEqualTo(customerId);
    // The failed insert cost only its savepoint: the booking transaction committed.
    assertThat(app(one).bookings().findByReservationId("r-both")).isPresent();
    assertThat(app(one).customers().findByClassPassUserId("cp-both").map(Customer::id))
        .contains(customerId);
  }

  private ClassSession seedClass(int capacity) {
    JpaSpiFixture app = app(one);
    PartnerProfile partner =
        app.seedPartner(new PartnerProfile("p", "Studio", null, List.of(), T0));
    VenueProfile venue =
        app.seedVenue(
            new VenueProfile(
                partner.id(),
                "v",
                "Downtown",
                null,
                new PostalAddress("1 Main St", null, "Springfield", null, "12345", "US"),
                null,
                null,
                null,
                null,
                null,
                List.of(),
                T0));
    ZonedDateTime start = ZonedDateTime.of(2026, 3, 10, 18, 0, 0, 0, ZoneId.of("UTC"));
    return app.seedSession(
        ClassSession.builder()
            .id("s")
            .partnerId(partner.id())
            .venueId(venue.id())
            .activity(new Activity("a", "Flow", null, ClassPassSettings.offered(), T0))
            .start(start)
            .end(start.plusHours(1))
            .capacity(capacity)
            .lastUpdated(T0)
            .build());
  }

  private static NewCustomer newCustomer(String classPassUserId) {
    return new NewCustomer(classPassUserId, "Ana", "Lima", null, null, null, null);
  }

  private static JpaSpiFixture app(ConfigurableApplicationContext instance) {
    return instance.getBean(JpaSpiFixture.class);
  }

  private static void pause(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
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
