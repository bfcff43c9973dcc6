package io.github.aggregatorsdk.classpass.example.studio.demo;

import io.github.aggregatorsdk.classpass.example.studio.simulator.ClassPassSimulator;
import io.github.aggregatorsdk.classpass.example.studio.simulator.ReceivedCall;
import io.github.aggregatorsdk.classpass.example.studio.staff.Timetable.UpcomingClass;
import io.github.aggregatorsdk.classpass.example.studio.staff.Timetable;
import io.github.aggregatorsdk.classpass.outbox.OutboxStore;
import io.github.aggregatorsdk.classpass.spi.ClassSession;
import io.github.aggregatorsdk.classpass.spring.ClassPassProperties;
import io.github.aggregatorsdk.classpass.sync.FullResync;
import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The demo: onboards the studio with ClassPass (registers it and pushes two weeks of classes),
 * then plays ClassPass against the app's own partner API over HTTP, waits until the dispatcher
 * has delivered every update, and collects what a studio owner would look at. Needs a running web
 * server and the demo data; {@link DemoScenarioRunner} runs it at startup.
 */
@Component
public class DemoScenario {

  static final int DAYS = 14;

  /** Far enough ahead that a cancellation is never late (the window is 12 hours). */
  private static final Duration AHEAD = Duration.ofHours(48);

  private static final Duration DELIVERY_TIMEOUT = Duration.ofSeconds(30);

  private final Timetable timetable;
  private final FullResync resync;
  private final OutboxStore outbox;
  private final ClassPassProperties properties;
  private final ObjectProvider<ClassPassSimulator> simulator;
  private final Environment environment;
  private final Clock clock;

  DemoScenario(
      Timetable timetable,
      FullResync resync,
      OutboxStore outbox,
      ClassPassProperties properties,
      ObjectProvider<ClassPassSimulator> simulator,
      Environment environment,
      Clock clock) {
    this.timetable = timetable;
    this.resync = resync;
    this.outbox = outbox;
    this.properties = properties;
    this.simulator = simulator;
    this.environment = environment;
    this.clock = clock;
  }

  /**
   * Plays the scenario once, with reservation ids of its own.
   *
   * @return what happened; never null
   * @throws NoSuchElementException when no class suits the scenario (it needs the demo data)
   * @throws IOException when the app's own partner API cannot be reached
   */
  public DemoResult play() throws IOException, InterruptedException {
    ClassSession session = pickClass();
    resync.registerAll();
    resync.resyncAll(Duration.ofDays(DAYS));

    URI partnerApi =
        URI.create(
            "http://127.0.0.1:"
                + environment.getRequiredProperty("local.server.port")
                + properties.getPartnerApi().getBasePath());
    String run = "r" + UUID.randomUUID().toString().substring(0, 4);
    LocalDate today = LocalDate.now(clock.withZone(session.start().getZone()));
    List<DemoResult.Step> steps =
        new ClassPassPlayer(partnerApi, properties.getPartnerApi().getToken())
            .play(session, today, run);
    long undelivered = awaitDelivery();

    ClassPassSimulator simulated = simulator.getIfAvailable();
    return new DemoResult(
        session.id(),
        run,
        partnerApi,
        steps,
        timetable.nextDays(DAYS),
        simulated == null ? null : simulated.baseUrl(),
        simulated == null ? List.<ReceivedCall>of() : simulated.received(),
        undelivered);
  }

  /** The first class open to ClassPass, two days or more ahead, that nobody booked yet. */
  private ClassSession pickClass() {
    Instant earliest = clock.instant().plus(AHEAD);
    return timetable.nextDays(DAYS).stream()
        .filter(upcoming -> upcoming.classPass().offered())
        .filter(upcoming -> upcoming.signInList().isEmpty())
        .map(UpcomingClass::session)
        .filter(session -> !session.cancelled() && !session.hasLayout())
        .filter(session -> !session.start().toInstant().isBefore(earliest))
        .findFirst()
        .orElseThrow(
            () -> new NoSuchElementException(
                "no unbooked class open to ClassPass two or more days ahead: the demo scenario"
                    + " needs the demo data (studio.demo.seed=true on an empty database)"));
  }

  /** Waits until the outbox is empty; returns how many updates are still pending. */
  private long awaitDelivery() throws InterruptedException {
    Instant deadline = Instant.now().plus(DELIVERY_TIMEOUT);
    long pending = outbox.counts().pending();
    while (pending > 0 && Instant.now().isBefore(deadline)) {
      Thread.sleep(50);
      pending = outbox.counts().pending();
    }
    return pending;
  }
}
