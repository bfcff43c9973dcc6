package io.github.aggregatorsdk.classpass.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.aggregatorsdk.classpass.booking.BookingEventListener;
import io.github.aggregatorsdk.classpass.booking.BookingOutcomeListener;
import io.github.aggregatorsdk.classpass.booking.BookingServices;
import io.github.aggregatorsdk.classpass.booking.Refusal;
import io.github.aggregatorsdk.classpass.customer.DuplicateFinder;
import io.github.aggregatorsdk.classpass.spi.BookingRepository;
import io.github.aggregatorsdk.classpass.spi.ClassSessionRepository;
import io.github.aggregatorsdk.classpass.spi.CustomerRepository;
import io.github.aggregatorsdk.classpass.spi.PartnerDirectory;
import io.github.aggregatorsdk.classpass.spi.SessionTransactions;
import io.github.aggregatorsdk.classpass.spi.memory.InMemoryStudio;
import io.github.aggregatorsdk.classpass.booking.ReservationOutcome;
import io.github.aggregatorsdk.classpass.customer.ClassPassMember;
import io.github.aggregatorsdk.classpass.booking.ReservationCommand;
import io.github.aggregatorsdk.classpass.spi.Activity;
import io.github.aggregatorsdk.classpass.spi.ClassPassSettings;
import io.github.aggregatorsdk.classpass.spi.ClassSession;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class ClassPassServicesAutoConfigurationTest {

  private final InMemoryStudio studio = new InMemoryStudio(Clock.systemUTC());

  private final ApplicationContextRunner runner =
      new ApplicationContextRunner()
          .withConfiguration(AutoConfigurations.of(ClassPassClientAutoConfiguration.class,
              ClassPassOutboxAutoConfiguration.class, ClassPassIntegrationAutoConfiguration.class))
          .withPropertyValues("classpass.access-token=access-1",
              "classpass.sync.enabled=false");

  @Test
  void hostRepositoriesAreWiredIntoTheBookingServices() {
    withStudio(runner)
        .run(
            context -> {
              assertThat(context).hasSingleBean(BookingServices.class);
              assertThat(context).hasSingleBean(DuplicateFinder.class);
            });
  }

  @Test
  void hostBookingServicesWinOverTheAutoConfiguredOnes() {
    BookingServices own =
        BookingServices.builder()
            .customers(studio.customers())
            .sessions(studio.sessions())
            .bookings(studio.bookings())
            .transactions(studio.transactions())
            .build();

    withStudio(runner)
        .withBean(BookingServices.class, () -> own)
        .run(context -> assertThat(context).getBean(BookingServices.class).isSameAs(own));
  }

  @Test
  void everyMissingRepositoryInterfaceIsNamedAtOnce() {
    runner
        .withBean(CustomerRepository.class, studio::customers)
        .withBean(SessionTransactions.class, studio::transactions)
        .run(
            context -> {
              assertThat(context).hasFailed();
              FailureAnalysis analysis =
                  new MissingHostRepositoryFailureAnalyzer().analyze(context.getStartupFailure());
              assertThat(analysis.getDescription())
                  .contains(
                      ClassSessionRepository.class.getName(),
                      BookingRepository.class.getName(),
                      PartnerDirectory.class.getName())
                  .doesNotContain(
                      CustomerRepository.class.getName(), SessionTransactions.class.getName());
              assertThat(analysis.getAction()).contains("spi.memory");
            });
  }

  @Test
  void aFailingBookingEventListenerRollsTheReservationBack() {
    ZonedDateTime start = ZonedDateTime.now(ZoneOffset.UTC).plusDays(2);
    studio.sessions().save(
        ClassSession.builder()
            .id("s-1").partnerId("p-1").venueId("v-1")
            .activity(new Activity("a-1", "Yoga", null, ClassPassSettings.offered(), Instant.EPOCH))
            .start(start).end(start.plusHours(1)).capacity(5)
            .lastUpdated(Instant.EPOCH)
            .build());
    List<String> heard = new CopyOnWriteArrayList<>();
    withStudio(runner)
        .withBean("recording", BookingEventListener.class, () -> new BookingEventListener() {
          @Override
          public void sessionChanged(String sessionId) {
            heard.add(sessionId);
          }
        })
        .withBean("failing", BookingEventListener.class, () -> new BookingEventListener() {
          @Override
          public void sessionChanged(String sessionId) {
            throw new IllegalStateException("listener bug");
          }
        })
        .run(
            context -> {
              // Booking events are heard inside the session transaction: a listener that fails
              // (the outbox write, typically) rolls the booking back rather than losing its
              // update.
              assertThatThrownBy(() ->
                  context.getBean(BookingServices.class).reservations().reserve(
                      new ReservationCommand("r-1", "p-1", "v-1", "s-1", null,
                          new ClassPassMember("cp-1", "Ann", "Lee", null, null, null, null))))
                  .isInstanceOf(IllegalStateException.class);

              assertThat(heard).contains("s-1");
              assertThat(studio.bookings().findByReservationId("r-1")).isEmpty();
            });
  }

  @Test
  void bookingEventListenerBeansGetTheSessionsStateOrItsIdAsTheyChoose() {
    // A reservation hands the class's state after the booking to every bean: one that takes the
    // state gets it (the SDK reads the class once); one that implements only the id variant
    // hears the id, as before.
    ZonedDateTime start = ZonedDateTime.now(ZoneOffset.UTC).plusDays(2);
    studio.sessions().save(
        ClassSession.builder()
            .id("s-1").partnerId("p-1").venueId("v-1")
            .activity(new Activity("a-1", "Yoga", null, ClassPassSettings.offered(), Instant.EPOCH))
            .start(start).end(start.plusHours(1)).capacity(5)
            .lastUpdated(Instant.EPOCH)
            .build());
    List<String> heard = new CopyOnWriteArrayList<>();
    withStudio(runner)
        .withBean("byState", BookingEventListener.class, () -> new BookingEventListener() {
          @Override
          public void sessionChanged(ClassSession current) {
            heard.add("state " + current.id() + " booked " + current.occupancy().booked());
          }
        })
        .withBean("byId", BookingEventListener.class, () -> new BookingEventListener() {
          @Override
          public void sessionChanged(String sessionId) {
            heard.add("id " + sessionId);
          }
        })
        .run(
            context -> {
              ReservationOutcome outcome =
                  context.getBean(BookingServices.class).reservations().reserve(
                      new ReservationCommand("r-1", "p-1", "v-1", "s-1", null,
                          new ClassPassMember("cp-1", "Ann", "Lee", null, null, null, null)));

              assertThat(outcome).isInstanceOf(ReservationOutcome.Reserved.class);
              assertThat(heard).containsExactlyInAnyOrder("state s-1 booked 1", "id s-1");
            });
  }

  @Test
  void everyOutcomeListenerBeanHearsRefusalsToo() {
    List<Object> heard = new CopyOnWriteArrayList<>();
    withStudio(runner)
        .withBean(BookingOutcomeListener.class, () -> new BookingOutcomeListener() {
          @Override
          public void reservationAnswered(ReservationOutcome outcome) {
            heard.add(outcome);
          }
        })
        .run(
            context -> {
              ReservationOutcome outcome =
                  context.getBean(BookingServices.class).reservations().reserve(
                      new ReservationCommand("r-1", "p-1", "v-1", "no-such-class", null,
                          new ClassPassMember("cp-1", "Ann", "Lee", null, null, null, null)));

              assertThat(outcome).isInstanceOf(Refusal.class);
              assertThat(heard).containsExactly(outcome);
            });
  }

  private ApplicationContextRunner withStudio(ApplicationContextRunner runner) {
    return runner
        .withBean(CustomerRepository.class, studio::customers)
        .withBean(ClassSessionRepository.class, studio::sessions)
        .withBean(BookingRepository.class, studio::bookings)
        .withBean(SessionTransactions.class, studio::transactions)
        .withBean(PartnerDirectory.class, studio::partners);
  }
}
