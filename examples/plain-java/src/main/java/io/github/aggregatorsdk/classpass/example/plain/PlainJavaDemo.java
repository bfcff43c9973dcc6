package io.github.aggregatorsdk.classpass.example.plain;

import io.github.aggregatorsdk.classpass.booking.BookingServices;
import io.github.aggregatorsdk.classpass.client.ClassPassClient;
import io.github.aggregatorsdk.classpass.partnerapi.PartnerApiHandler;
import io.github.aggregatorsdk.classpass.partnerapi.PartnerApiServer;
import io.github.aggregatorsdk.classpass.spi.memory.InMemoryStudio;
import io.github.aggregatorsdk.classpass.sync.ClassPassSync;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The whole ClassPass integration without Spring: in-memory repositories, the partner API on the
 * JDK's HTTP server, the client pushing to a ClassPass simulator. {@link #main} plays ClassPass
 * against the studio's own endpoints and prints what happened.
 *
 * <p>What a real host changes: its own repositories instead of {@link InMemoryStudio}, a
 * {@code JdbcOutboxStore} for durability, real tokens from its configuration, and ClassPass's
 * base URL instead of the simulator's.
 */
public final class PlainJavaDemo {

  // Demo values only; a real host reads its tokens from configuration, never from source.
  static final String PARTNER_API_TOKEN = "demo-partner-token";
  private static final String ACCESS_TOKEN = "demo-access-token";

  private PlainJavaDemo() {}

  /**
   * Runs the demo and prints its report.
   *
   * @param args ignored
   * @throws Exception when the demo cannot run
   */
  public static void main(String[] args) throws Exception {
    // The JDK server otherwise delays small answers by ~40 ms (Nagle's algorithm).
    System.setProperty("sun.net.httpserver.nodelay", "true");
    DemoResult result = run(Clock.systemUTC());
    System.out.println(DemoReport.render(result));
  }

  /** Runs the scenario against a fresh studio and simulator; returns what a user would check. */
  static DemoResult run(Clock clock) throws Exception {
    InMemoryStudio studio = DemoStudio.seed(clock);
    try (ClassPassSimulator classPass = new ClassPassSimulator();
        Running running = start(studio, classPass.baseUrl(), ACCESS_TOKEN, clock)) {
      List<DemoResult.Step> steps = new ClassPassPlayer(running.endpoints(), clock).play();
      running.sync().dispatcher().drain();
      return new DemoResult(steps, studio, new ArrayList<>(classPass.received()));
    }
  }

  /**
   * Starts the studio's integration: sync pushing to {@code classPass}, the studio and its venue
   * registered and the next two weeks pushed in full (onboarding), then the partner API on a
   * loopback port with {@link #PARTNER_API_TOKEN}.
   */
  static Running start(InMemoryStudio studio, URI classPass, String accessToken, Clock clock) {
    ClassPassClient client =
        ClassPassClient.builder().baseUrl(classPass).accessToken(accessToken).build();
    ClassPassSync sync =
        ClassPassSync.builder()
            .client(client)
            .sessions(studio.sessions())
            .bookings(studio.bookings())
            .partners(studio.partners())
            .clock(clock)
            .build();
    try {
      BookingServices booking =
          BookingServices.builder()
              .customers(studio.customers())
              .sessions(studio.sessions())
              .bookings(studio.bookings())
              .transactions(studio.transactions())
              .listener(sync.scheduleSync())
              .clock(clock)
              .build();
      PartnerApiHandler partnerApi =
          PartnerApiHandler.builder()
              .token(PARTNER_API_TOKEN)
              .bookingServices(booking)
              .sessions(studio.sessions())
              .partners(studio.partners())
              .clock(clock)
              .build();
      sync.start();
      // Onboarding: register the studio and its venue, push the next two weeks in full.
      sync.fullResync().registerAll();
      sync.fullResync().resyncAll(Duration.ofDays(14));
      PartnerApiServer server =
          PartnerApiServer.start(new InetSocketAddress("127.0.0.1", 0), partnerApi);
      return new Running(sync, server);
    } catch (RuntimeException e) {
      sync.close();
      throw e;
    }
  }

  /** The running integration: its sync and its partner API server; closing stops both. */
  record Running(ClassPassSync sync, PartnerApiServer server) implements AutoCloseable {

    /** Where ClassPass calls the partner API. */
    URI endpoints() {
      return URI.create("http://127.0.0.1:" + server.port());
    }

    @Override
    public void close() {
      server.close();
      sync.close();
    }
  }
}
