package io.github.aggregatorsdk.classpass.benchmarks.reservations;

import io.github.aggregatorsdk.classpass.benchmarks.StudioFixtures;
import io.github.aggregatorsdk.classpass.booking.BookingServices;
import io.github.aggregatorsdk.classpass.partnerapi.PartnerApiHandler;
import io.github.aggregatorsdk.classpass.partnerapi.PartnerApiServer;
import io.github.aggregatorsdk.classpass.spi.Activity;
import io.github.aggregatorsdk.classpass.spi.ClassPassSettings;
import io.github.aggregatorsdk.classpass.spi.ClassSession;
import io.github.aggregatorsdk.classpass.spi.memory.InMemoryStudio;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The SDK's partner API on the JDK's HTTP server ({@link PartnerApiServer}, default 8 workers)
 * over an {@link InMemoryStudio}: what P3 runs against when no studio app is given. Its classes
 * start from tomorrow on, open to ClassPass without a spot limit.
 */
final class InProcessStudio implements AutoCloseable {

  static {
    // See PartnerApiServer: without it each answer can wait ~40 ms for a delayed ACK.
    System.setProperty("sun.net.httpserver.nodelay", "true");
  }

  static final String BASE_PATH = "/classpass";

  private final PartnerApiServer server;
  private final List<String> classIds;

  private InProcessStudio(PartnerApiServer server, List<String> classIds) {
    this.server = server;
    this.classIds = classIds;
  }

  /** Serves {@code classes} classes of {@code capacity} spots, answering {@code token}. */
  static InProcessStudio start(int classes, int capacity, String token) {
    Clock clock = Clock.systemUTC();
    InMemoryStudio studio = new InMemoryStudio(clock);
    studio.partners().save(StudioFixtures.partner());
    studio.partners().save(StudioFixtures.venue());
    Activity open = new Activity("open-flow", "Open Flow", null, ClassPassSettings.offered(),
        clock.instant());
    LocalDate tomorrow = LocalDate.now(clock.withZone(StudioFixtures.ZONE)).plusDays(1);
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < classes; i++) {
      ClassSession session = StudioFixtures.session(i, tomorrow, capacity).toBuilder()
          .activity(open)
          .lastUpdated(clock.instant())
          .build();
      studio.sessions().save(session);
      ids.add(session.id());
    }
    BookingServices services = BookingServices.builder()
        .customers(studio.customers())
        .sessions(studio.sessions())
        .bookings(studio.bookings())
        .transactions(studio.transactions())
        .clock(clock)
        .build();
    PartnerApiHandler handler = PartnerApiHandler.builder()
        .token(token)
        .basePath(BASE_PATH)
        .bookingServices(services)
        .sessions(studio.sessions())
        .partners(studio.partners())
        .clock(clock)
        .build();
    PartnerApiServer server =
        PartnerApiServer.start(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), handler);
    return new InProcessStudio(server, List.copyOf(ids));
  }

  URI baseUrl() {
    return URI.create("http://127.0.0.1:" + server.port() + BASE_PATH);
  }

  List<String> classIds() {
    return classIds;
  }

  @Override
  public void close() {
    server.close();
  }
}
