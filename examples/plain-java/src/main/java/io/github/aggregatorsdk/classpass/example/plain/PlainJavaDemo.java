package io.github.aggregatorsdk.classpass.example.plain;

import io.github.aggregatorsdk.classpass.ClassPassIntegration;
import io.github.aggregatorsdk.classpass.client.ClassPassClient;
import io.github.aggregatorsdk.classpass.partnerapi.PartnerApiServer;
import io.github.aggregatorsdk.classpass.spi.memory.InMemoryStudio;
import io.github.aggregatorsdk.classpass.test.FakeClassPass;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The whole ClassPass integration without Spring: in-memory repositories, the partner API on the
 * JDK's HTTP server, the client pushing to the SDK's fake ClassPass ({@code classpass-sdk-test}). {@link #main} plays ClassPass
 * against the studio's own endpoints and prints what happened.
 *
 * <p>What a real host changes: its own repositories instead of {@link InMemoryStudio}, a
 * {@code JdbcOutboxStore} for durability, real tokens from its configuration, and ClassPass's
 * base URL instead of the fake's.
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

  /** Runs the scenario against a fresh studio and fake ClassPass; returns what a user would check. */
  static DemoResult run(Clock clock) throws Exception {
    InMemoryStudio studio = DemoStudio.seed(clock);
    try (FakeClassPass classPass = FakeClassPass.start(ACCESS_TOKEN, 0);
        Running running = start(studio, classPass.baseUrl(), ACCESS_TOKEN, clock)) {
      List<DemoResult.Step> steps = new ClassPassPlayer(running.endpoints(), clock).play();
      running.integration().dispatcher().drain();
      return new DemoResult(steps, studio, new ArrayList<>(classPass.calls()));
    }
  }

  /**
   * Starts the studio's integration: sync pushing to {@code classPass}, the studio and its venue
   * queued for registration and the next two weeks pushed in full (onboarding), then the partner
   * API on a loopback port with {@link #PARTNER_API_TOKEN}.
   */
  static Running start(InMemoryStudio studio, URI classPass, String accessToken, Clock clock) {
    ClassPassIntegration integration =
        ClassPassIntegration.builder()
            .client(ClassPassClient.builder().baseUrl(classPass).accessToken(accessToken).build())
            .customers(studio.customers())
            .sessions(studio.sessions())
            .bookings(studio.bookings())
            .transactions(studio.transactions())
            .partners(studio.partners())
            .partnerApiToken(PARTNER_API_TOKEN)
            .partnerApiBasePath("/")
            .clock(clock)
            .build();
    try {
      // Starts delivery and queues the registration of the studio and its venue; then the
      // onboarding push of the next two weeks in full.
      integration.start();
      integration.fullResync().resyncAll(Duration.ofDays(14));
      PartnerApiServer server =
          PartnerApiServer.start(new InetSocketAddress("127.0.0.1", 0), integration.partnerApi());
      return new Running(integration, server);
    } catch (RuntimeException e) {
      integration.close();
      throw e;
    }
  }

  /** The running integration and its partner API server; closing stops both. */
  record Running(ClassPassIntegration integration, PartnerApiServer server)
      implements AutoCloseable {

    /** Where ClassPass calls the partner API. */
    URI endpoints() {
      return URI.create("http://127.0.0.1:" + server.port());
    }

    @Override
    public void close() {
      server.close();
      integration.close();
    }
  }
}
