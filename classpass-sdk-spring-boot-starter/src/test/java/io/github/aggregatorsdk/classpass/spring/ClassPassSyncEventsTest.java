package io.github.aggregatorsdk.classpass.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.aggregatorsdk.classpass.booking.BookingServices;
import io.github.aggregatorsdk.classpass.outbox.DeadLetter;
import io.github.aggregatorsdk.classpass.outbox.OutboxCounts;
import io.github.aggregatorsdk.classpass.outbox.OutboxEntry;
import io.github.aggregatorsdk.classpass.outbox.OutboxEvent;
import io.github.aggregatorsdk.classpass.outbox.OutboxStore;
import io.github.aggregatorsdk.classpass.outbox.OutboxStoreException;
import io.github.aggregatorsdk.classpass.spi.Page;
import io.github.aggregatorsdk.classpass.spi.PageRequest;
import io.github.aggregatorsdk.classpass.sync.ScheduleSync;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/** A host reports its own changes: by event, inside its transaction, or directly. */
class ClassPassSyncEventsTest {

  private final TestStudio studio = new TestStudio();
  private final JdbcDataSource database = H2.newDatabase();

  /** The dispatcher is off, so that what was queued stays in the outbox table to be read. */
  private final ApplicationContextRunner runner =
      studio.repositories(new ApplicationContextRunner())
          .withConfiguration(AutoConfigurations.of(
              ClassPassClientAutoConfiguration.class,
              ClassPassOutboxAutoConfiguration.class,
              ClassPassIntegrationAutoConfiguration.class))
          .withPropertyValues(
              "classpass.base-url=http://localhost:9", "classpass.access-token=access-1",
              "classpass.sync.enabled=false")
          .withBean(DataSource.class, () -> database)
          .withBean(PlatformTransactionManager.class,
              () -> new DataSourceTransactionManager(database));

  @Test
  void aChangePublishedInATransactionIsWrittenInItAndCommittedWithIt() {
    studio.addSession("s-1");

    runner.run(context -> {
      List<List<String>> atCommit = new java.util.ArrayList<>();
      transactions(context).executeWithoutResult(status -> {
        // The test hook: what the database holds the moment the host's transaction has
        // committed, before anything else runs. A crash there must lose nothing.
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
          @Override
          public void afterCommit() {
            atCommit.add(pending());
          }
        });
        context.publishEvent(ClassSessionChangedEvent.changed("s-1"));
        assertThat(pending()).as("not visible before the commit").isEmpty();
      });

      assertThat(atCommit).containsExactly(List.of("schedule:s-1"));
    });
  }

  @Test
  void aRolledBackTransactionQueuesNothing() {
    studio.addSession("s-1");

    runner.run(context -> {
      transactions(context).executeWithoutResult(status -> {
        context.publishEvent(ClassSessionChangedEvent.changed("s-1"));
        status.setRollbackOnly();
      });

      assertThat(pending()).isEmpty();
    });
  }

  @Test
  void withoutATransactionTheChangeIsQueuedAtOnce() {
    studio.addSession("s-1");

    runner.run(context -> {
      context.publishEvent(ClassSessionChangedEvent.changed("s-1"));

      assertThat(pending()).containsExactly("schedule:s-1");
    });
  }

  @Test
  void aCancelledClassQueuesItsStateAndEveryClassPassBookingOnIt() {
    studio.addSession("s-1");

    runner.run(context -> {
      context.getBean(BookingServices.class).reservations()
          .reserve(TestStudio.reservation("r-1", "s-1", "cp-1"));
      clearOutbox();

      transactions(context).executeWithoutResult(status -> {
        studio.studio.sessions().save(studio.studio.sessions().findById("s-1").orElseThrow()
            .toBuilder().cancelled(true).build());
        context.publishEvent(ClassSessionChangedEvent.cancelled("s-1"));
      });

      assertThat(pending()).containsExactly("reservation:r-1", "schedule:s-1");
    });
  }

  @Test
  void attendanceTheHostRecordedIsQueuedAsTheReservationsStatus() {
    studio.addSession("s-1");

    runner.run(context -> {
      context.getBean(BookingServices.class).reservations()
          .reserve(TestStudio.reservation("r-1", "s-1", "cp-1"));
      clearOutbox();

      transactions(context).executeWithoutResult(
          status -> context.publishEvent(new ReservationChangedEvent("r-1")));

      assertThat(pending()).containsExactly("reservation:r-1");
    });
  }

  @Test
  void aChangedVenueQueuesItsAndItsPartnersRegistration() {
    runner.run(context -> {
      transactions(context).executeWithoutResult(status -> context.publishEvent(
          new VenueChangedEvent(TestStudio.PARTNER, TestStudio.VENUE)));
      context.publishEvent(VenueChangedEvent.partnerChanged(TestStudio.PARTNER));

      assertThat(pending()).containsExactlyInAnyOrder(
          "partner:" + TestStudio.PARTNER, "venue:" + TestStudio.PARTNER + "/" + TestStudio.VENUE);
    });
  }

  @Test
  void aHostCanCallTheScheduleSyncBeanDirectly() {
    studio.addSession("s-1");

    runner.run(context -> {
      context.getBean(ScheduleSync.class).sessionChanged("s-1");

      assertThat(pending()).containsExactly("schedule:s-1");
    });
  }

  @Test
  void aFailureToQueueReachesThePublisherWhoseTransactionRollsBack() {
    studio.addSession("s-1");

    runner.withBean(OutboxStore.class, BrokenOutbox::new)
        .run(context -> {
          List<Boolean> rolledBack = new java.util.ArrayList<>();
          assertThatThrownBy(() -> transactions(context).executeWithoutResult(status -> {
            TransactionSynchronizationManager.registerSynchronization(
                new TransactionSynchronization() {
                  @Override
                  public void afterCompletion(int completion) {
                    rolledBack.add(completion == STATUS_ROLLED_BACK);
                  }
                });
            context.publishEvent(ClassSessionChangedEvent.changed("s-1"));
          })).isInstanceOf(OutboxStoreException.class);
          assertThat(rolledBack).containsExactly(true);
        });
  }

  @Test
  void aClassPassReservationWhoseUpdateCannotBeWrittenIsRolledBack() {
    studio.addSession("s-1");

    runner.withBean(OutboxStore.class, BrokenOutbox::new)
        .run(context -> {
          assertThatThrownBy(() -> context.getBean(BookingServices.class).reservations()
              .reserve(TestStudio.reservation("r-1", "s-1", "cp-1")))
              .isInstanceOf(OutboxStoreException.class);
          assertThat(studio.studio.bookings().findByReservationId("r-1")).isEmpty();
        });
  }

  @Test
  void aClassPassReservationWritesItsUpdateInTheSameCommit() {
    studio.addSession("s-1");

    runner.run(context -> {
      context.getBean(BookingServices.class).reservations()
          .reserve(TestStudio.reservation("r-1", "s-1", "cp-1"));

      assertThat(pending()).containsExactly("schedule:s-1");
    });
  }

  @Test
  void withoutSpringTxEventsAreHandledAtOnce() {
    studio.addSession("s-1");

    studio.repositories(new ApplicationContextRunner())
        .withConfiguration(AutoConfigurations.of(
            ClassPassClientAutoConfiguration.class,
            ClassPassOutboxAutoConfiguration.class,
            ClassPassIntegrationAutoConfiguration.class))
        .withPropertyValues("classpass.base-url=http://localhost:9",
            "classpass.access-token=access-1", "classpass.sync.enabled=false")
        .withClassLoader(
            new FilteredClassLoader("org.springframework.transaction", "org.springframework.jdbc"))
        .run(context -> {
          assertThat(context).hasSingleBean(SyncEventListener.class);
          context.publishEvent(ClassSessionChangedEvent.changed("s-1"));

          assertThat(context.getBean(OutboxStore.class).counts().pending()).isOne();
        });
  }

  private static TransactionTemplate transactions(ApplicationContext context) {
    return new TransactionTemplate(context.getBean(PlatformTransactionManager.class));
  }

  private List<String> pending() {
    try {
      return H2.pendingKeys(database, "classpass_outbox");
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private void clearOutbox() throws SQLException {
    try (Connection connection = database.getConnection()) {
      connection.createStatement().execute("DELETE FROM classpass_outbox");
    }
  }

  /** An outbox whose database is down. */
  static final class BrokenOutbox implements OutboxStore {

    private static OutboxStoreException down() {
      return new OutboxStoreException("the outbox database is down", new SQLException("down"));
    }

    @Override
    public boolean enqueue(OutboxEvent event) {
      throw down();
    }

    @Override
    public List<OutboxEntry> claim(String owner, int max, Duration lease) {
      throw down();
    }

    @Override
    public void markSent(String owner, List<OutboxEntry> entries) {
      throw down();
    }

    @Override
    public void markFailed(
        String owner, List<OutboxEntry> entries, Duration retryAfter, String error) {
      throw down();
    }

    @Override
    public Optional<DeadLetter> deadLetter(String owner, OutboxEntry entry, String reason) {
      throw down();
    }

    @Override
    public Page<DeadLetter> deadLetters(PageRequest request) {
      throw down();
    }

    @Override
    public OutboxCounts counts() {
      throw down();
    }
  }
}
