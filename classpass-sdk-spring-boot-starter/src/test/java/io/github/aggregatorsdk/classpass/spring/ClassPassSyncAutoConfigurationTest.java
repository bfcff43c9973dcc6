package io.github.aggregatorsdk.classpass.spring;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.aggregatorsdk.classpass.ClassPassIntegration;
import io.github.aggregatorsdk.classpass.booking.BookingServices;
import io.github.aggregatorsdk.classpass.client.ClassPassClient;
import io.github.aggregatorsdk.classpass.client.ClassPassException;
import io.github.aggregatorsdk.classpass.mapping.PublishProblemListener;
import io.github.aggregatorsdk.classpass.outbox.DeadLetter;
import io.github.aggregatorsdk.classpass.outbox.DeadLetterListener;
import io.github.aggregatorsdk.classpass.outbox.DispatchListener;
import io.github.aggregatorsdk.classpass.outbox.InMemoryOutboxStore;
import io.github.aggregatorsdk.classpass.outbox.OutboxDispatcher;
import io.github.aggregatorsdk.classpass.outbox.OutboxStore;
import io.github.aggregatorsdk.classpass.sync.FullResync;
import io.github.aggregatorsdk.classpass.sync.ScheduleSync;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class ClassPassSyncAutoConfigurationTest {

  private static final String BATCH_UPDATES = "/v1/inventory/batch-updates";

  @RegisterExtension
  static final WireMockExtension classPass =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private final TestStudio studio = new TestStudio();

  private final ApplicationContextRunner runner =
      studio.syncingRunner(classPass.baseUrl(), "access-1");

  @Test
  void theDispatcherStartsWithTheContextAndStopsWithIt() {
    AtomicReference<OutboxDispatcher> dispatcher = new AtomicReference<>();
    AtomicReference<ClassPassIntegration> integration = new AtomicReference<>();

    runner.run(context -> {
      assertThat(context).hasSingleBean(ScheduleSync.class);
      assertThat(context).hasSingleBean(FullResync.class);
      assertThat(context.getBean(ClassPassIntegration.class).periodicResync())
          .as("full-resync-interval=0 turns it off").isEmpty();
      dispatcher.set(context.getBean(OutboxDispatcher.class));
      integration.set(context.getBean(ClassPassIntegration.class));
      assertThat(dispatcher.get().isRunning()).isTrue();
    });

    assertThat(dispatcher.get().isRunning()).isFalse();
    assertThat(integration.get().isRunning()).isFalse();
  }

  @Test
  void theBatchesInFlightComeFromTheirPropertyWithFourByDefault() {
    runner.run(context -> assertThat(context.getBean(OutboxDispatcher.class).toString())
        .contains("maxBatchesInFlight=4"));
    runner.withPropertyValues("classpass.sync.max-batches-in-flight=2")
        .run(context -> assertThat(context.getBean(OutboxDispatcher.class).toString())
            .contains("maxBatchesInFlight=2"));
  }

  @Test
  void aReservationFromClassPassReachesClassPassAsAScheduleUpdate() {
    classPass.stubFor(post(BATCH_UPDATES).willReturn(aResponse().withStatus(200)));
    studio.addSession("s-1");

    runner.run(context -> {
      context.getBean(BookingServices.class).reservations()
          .reserve(TestStudio.reservation("r-1", "s-1", "cp-1"));

      await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> classPass.verify(
          postRequestedFor(urlEqualTo(BATCH_UPDATES)).withRequestBody(containing("\"s-1\""))));
      await().atMost(Duration.ofSeconds(5)).untilAsserted(() ->
          assertThat(context.getBean(OutboxStore.class).counts().pending()).isZero());
    });
  }

  @Test
  void theJdbcOutboxHoldsAReservationsUpdateUntilTheDispatcherDeliversIt() {
    classPass.stubFor(post(BATCH_UPDATES).willReturn(aResponse().withStatus(200)));
    studio.addSession("s-1");
    JdbcDataSource database = H2.newDatabase();

    runner.withBean(DataSource.class, () -> database)
        .withPropertyValues("classpass.sync.enabled=false")
        .run(context -> {
          OutboxDispatcher dispatcher = context.getBean(OutboxDispatcher.class);
          assertThat(dispatcher.isRunning()).isFalse();

          context.getBean(BookingServices.class).reservations()
              .reserve(TestStudio.reservation("r-1", "s-1", "cp-1"));
          assertThat(H2.pendingKeys(database, "classpass_outbox"))
              .containsExactly("schedule:s-1");

          dispatcher.drain();

          classPass.verify(1, postRequestedFor(urlEqualTo(BATCH_UPDATES))
              .withRequestBody(containing("\"s-1\"")));
          assertThat(H2.pendingKeys(database, "classpass_outbox")).isEmpty();
        });
  }

  @Test
  void aFullResyncRunsEveryConfiguredInterval() {
    classPass.stubFor(post(BATCH_UPDATES).willReturn(aResponse().withStatus(200)));
    studio.addSession("s-1");

    runner.withPropertyValues("classpass.sync.full-resync-interval=300ms")
        .run(context -> {
          assertThat(context.getBean(ClassPassIntegration.class).periodicResync()).isPresent();
          await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> classPass.verify(
              2, postRequestedFor(urlEqualTo(BATCH_UPDATES))
                  .withRequestBody(containing("\"s-1\""))));
        });
  }

  @Test
  void aDisabledSyncRunsNoPeriodicResync() {
    runner.withPropertyValues(
            "classpass.sync.full-resync-interval=1h", "classpass.sync.enabled=false")
        .run(context -> {
          assertThat(context.getBean(ClassPassIntegration.class).isRunning()).isFalse();
          assertThat(context.getBean(OutboxDispatcher.class).isRunning()).isFalse();
        });
  }

  @Test
  void partnersAndVenuesReachClassPassAtStartWithoutHostCode() {
    classPass.stubFor(post("/v1/inventory/partners").willReturn(aResponse().withStatus(200)));
    classPass.stubFor(post("/v1/inventory/venues").willReturn(aResponse().withStatus(200)));

    runner.withPropertyValues("classpass.sync.register-on-startup=true")
        .run(context -> await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
          classPass.verify(1, postRequestedFor(urlEqualTo("/v1/inventory/partners"))
              .withRequestBody(containing("\"p-1\"")));
          classPass.verify(1, postRequestedFor(urlEqualTo("/v1/inventory/venues"))
              .withRequestBody(containing("\"v-1\"")));
          assertThat(context.getBean(OutboxStore.class).counts().pending()).isZero();
        }));
  }

  @Test
  void virtualThreadsWhenTheHostTurnsThemOnAndTheJdkHasThem() throws Exception {
    classPass.stubFor(post(BATCH_UPDATES).willReturn(aResponse().withStatus(200)));
    studio.addSession("s-1");
    boolean virtualThreads = Runtime.version().feature() >= 21;
    AtomicReference<Thread> sender = new AtomicReference<>();

    runner.withPropertyValues("spring.threads.virtual.enabled=true")
        .withBean(DispatchListener.class, () -> new DispatchListener() {
          @Override
          public void batchSent(int events) {
            sender.set(Thread.currentThread());
          }

          @Override
          public void batchFailed(int events, ClassPassException failure) {}
        })
        .run(context -> {
          context.getBean(ScheduleSync.class).sessionChanged("s-1");
          await().atMost(Duration.ofSeconds(10)).until(() -> sender.get() != null);
        });

    // The thread that delivered the batch: the dispatcher's own, whatever else runs in this JVM.
    assertThat(isVirtual(sender.get()))
        .as("JDK %s: the dispatcher's thread is virtual", Runtime.version().feature())
        .isEqualTo(virtualThreads);
  }

  /** Thread.isVirtual() by reflection: this module compiles for Java 17. */
  private static boolean isVirtual(Thread thread) throws Exception {
    if (Runtime.version().feature() < 21) {
      return false;
    }
    return (boolean) Thread.class.getMethod("isVirtual").invoke(thread);
  }

  @Test
  void theFullResyncIsOnEverySixHoursByDefault() {
    assertThat(new ClassPassProperties().getSync().getFullResyncInterval())
        .isEqualTo(Duration.ofHours(6));
    assertThat(new ClassPassProperties().getSync().isRegisterOnStartup()).isTrue();
  }

  @Test
  void aResyncIntervalThatIsNegativeStopsStartupNamingTheProperty() {
    runner.withPropertyValues("classpass.sync.full-resync-interval=-1s")
        .run(context -> {
          assertThat(context).hasFailed();
          assertThat(PropertyFailures.describe(context.getStartupFailure()))
              .contains("classpass.sync.full-resync-interval",
                  "must be zero or positive");
        });
  }

  @Test
  void listenerBeansHearOfBatchesDeadLettersAndUnpublishableClasses() {
    classPass.stubFor(post(BATCH_UPDATES).willReturn(aResponse().withStatus(400)));
    studio.addSession("s-1");
    List<String> heard = new CopyOnWriteArrayList<>();

    runner
        .withBean(DispatchListener.class, () -> new DispatchListener() {
          @Override
          public void batchFailed(int events, ClassPassException failure) {
            heard.add("failed " + events);
          }
        })
        .withBean(DeadLetterListener.class,
            () -> (DeadLetter deadLetter) -> heard.add("dead " + deadLetter.entry().key()))
        .withBean(PublishProblemListener.class,
            () -> (sessionId, reasons) -> heard.add("unpublishable " + sessionId))
        .run(context -> {
          ScheduleSync sync = context.getBean(ScheduleSync.class);
          sync.sessionChanged("s-1");
          studio.studio.sessions().save(studio.studio.sessions().findById("s-1").orElseThrow()
              .toBuilder().id("s-2").venueId("no-such-venue").build());
          sync.sessionChanged("s-2");

          await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(heard)
              .contains("failed 1", "dead schedule:s-1", "unpublishable s-2"));
        });
  }

  @Test
  void theHostsOwnIntegrationReplacesTheStartersAndEveryPartComesFromIt() {
    ClassPassClient client = ClassPassClient.builder()
        .baseUrl(URI.create(classPass.baseUrl())).accessToken("own").build();
    ClassPassIntegration own = ClassPassIntegration.builder().client(client)
        .customers(studio.studio.customers()).sessions(studio.studio.sessions())
        .bookings(studio.studio.bookings()).transactions(studio.studio.transactions())
        .partners(studio.studio.partners()).fullResyncInterval(Duration.ZERO)
        .registerOnStartup(false).build();

    runner.withBean(ClassPassIntegration.class, () -> own)
        .run(context -> {
          assertThat(context).getBean(ClassPassIntegration.class).isSameAs(own);
          assertThat(context).getBean(OutboxDispatcher.class).isSameAs(own.dispatcher());
          assertThat(context).getBean(ScheduleSync.class).isSameAs(own.sync());
          assertThat(context).getBean(FullResync.class).isSameAs(own.fullResync());
          assertThat(context).getBean(BookingServices.class).isSameAs(own.booking());
          // The host's integration is still started and stopped with the context.
          assertThat(own.isRunning()).isTrue();
        });
    assertThat(own.isRunning()).isFalse();
  }
}
