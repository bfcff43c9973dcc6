package io.github.aggregatorsdk.classpass.partnerapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.aggregatorsdk.classpass.booking.BookingServices;
import io.github.aggregatorsdk.classpass.model.ClassPassJson;
import io.github.aggregatorsdk.classpass.spi.BookingRepository;
import io.github.aggregatorsdk.classpass.spi.ClassSessionRepository;
import io.github.aggregatorsdk.classpass.spi.CustomerRepository;
import io.github.aggregatorsdk.classpass.spi.PartnerDirectory;
import io.github.aggregatorsdk.classpass.spi.SessionTransactions;
import io.github.aggregatorsdk.classpass.spi.memory.InMemoryStudio;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * A running partner API over real HTTP: an in-memory studio seeded by {@link StudioData}, booking
 * services and the handler on counting wrappers of every SPI interface, the JDK server on a free
 * loopback port, and a {@link HttpClient} to call it.
 */
final class PartnerApiFixture implements AutoCloseable {

  static final String TOKEN = "cp-partner-token-7f3a9c0e";
  static final String BASE_PATH = "/classpass";
  static final Map<String, String> AUTH = Map.of("Authorization", "Bearer " + TOKEN);
  static final ObjectMapper JSON = ClassPassJson.newObjectMapper();

  final InMemoryStudio studio = new InMemoryStudio(Clock.fixed(StudioData.NOW, ZoneOffset.UTC));
  final Counting spi = new Counting();
  final Counting directory = new Counting();
  final BookingServices services;
  final PartnerApiHandler handler;
  final PartnerApiServer server;
  private final HttpClient client;

  PartnerApiFixture() {
    this(builder -> builder);
  }

  PartnerApiFixture(UnaryOperator<PartnerApiHandlerBuilder> customise) {
    this(customise, server -> server);
  }

  PartnerApiFixture(
      UnaryOperator<PartnerApiHandlerBuilder> customise,
      UnaryOperator<PartnerApiServerBuilder> customiseServer) {
    this(customise, customiseServer, customers -> customers);
  }

  /** A fixture whose host customers are the studio's, seen through {@code customers}. */
  static PartnerApiFixture withCustomers(UnaryOperator<CustomerRepository> customers) {
    return new PartnerApiFixture(builder -> builder, server -> server, customers);
  }

  private PartnerApiFixture(
      UnaryOperator<PartnerApiHandlerBuilder> customise,
      UnaryOperator<PartnerApiServerBuilder> customiseServer,
      UnaryOperator<CustomerRepository> customers) {
    StudioData.seed(studio);
    Clock clock = Clock.fixed(StudioData.NOW, ZoneOffset.UTC);
    ClassSessionRepository sessions = spi.wrap(ClassSessionRepository.class, studio.sessions());
    services =
        BookingServices.builder()
            .customers(spi.wrap(CustomerRepository.class, customers.apply(studio.customers())))
            .sessions(sessions)
            .bookings(spi.wrap(BookingRepository.class, studio.bookings()))
            .transactions(spi.wrap(SessionTransactions.class, studio.transactions()))
            .clock(clock)
            .build();
    handler =
        customise
            .apply(
                PartnerApiHandler.builder()
                    .token(TOKEN)
                    .basePath(BASE_PATH)
                    .bookingServices(services)
                    .sessions(sessions)
                    .partners(directory.wrap(PartnerDirectory.class, studio.partners()))
                    .clock(clock))
            .build();
    server =
        customiseServer
            .apply(
                PartnerApiServer.builder(
                        new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), handler)
                    .threads(16))
            .start();
    client =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
  }

  /** Calls made to any SPI implementation so far. */
  int spiCalls() {
    return spi.calls.get() + directory.calls.get();
  }

  Answer get(String pathAndQuery) {
    return send("GET", pathAndQuery, null, AUTH);
  }

  Answer post(String path, String json) {
    return send("POST", path, json, withJson(AUTH));
  }

  Answer patch(String path, String json) {
    return send("PATCH", path, json, withJson(AUTH));
  }

  static Map<String, String> withJson(Map<String, String> headers) {
    Map<String, String> all = new LinkedHashMap<>(headers);
    all.put("Content-Type", "application/json");
    return all;
  }

  /** Sends exactly the given headers (none added) to the path under the base path. */
  Answer send(String method, String pathAndQuery, String body, Map<String, String> headers) {
    return sendRaw(method, BASE_PATH + pathAndQuery, body, headers);
  }

  /** Sends to a path relative to the server's root. */
  Answer sendRaw(String method, String rawPath, String body, Map<String, String> headers) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + rawPath))
            .timeout(Duration.ofSeconds(30))
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    headers.forEach(request::header);
    try {
      HttpResponse<String> response =
          client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      return new Answer(response.statusCode(), response.headers().map(), response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    server.close();
  }

  /** What came back. */
  record Answer(int status, Map<String, List<String>> headers, String body) {

    JsonNode json() {
      try {
        return JSON.readTree(body);
      } catch (IOException e) {
        throw new UncheckedIOException("not JSON: " + body, e);
      }
    }

    String header(String name) {
      return headers.entrySet().stream()
          .filter(entry -> entry.getKey().equalsIgnoreCase(name))
          .map(entry -> entry.getValue().get(0))
          .findFirst()
          .orElse(null);
    }

    @Override
    public String toString() {
      return status + " " + body;
    }
  }
}
