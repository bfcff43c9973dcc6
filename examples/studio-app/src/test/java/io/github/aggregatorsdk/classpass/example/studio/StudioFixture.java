package io.github.aggregatorsdk.classpass.example.studio;

import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.aggregatorsdk.classpass.example.studio.bookings.BookingEntity;
import io.github.aggregatorsdk.classpass.example.studio.bookings.Bookings;
import io.github.aggregatorsdk.classpass.example.studio.schedule.Activities;
import io.github.aggregatorsdk.classpass.example.studio.schedule.ActivityEntity;
import io.github.aggregatorsdk.classpass.example.studio.schedule.AggregatorSettings;
import io.github.aggregatorsdk.classpass.example.studio.schedule.ClassSessionEntity;
import io.github.aggregatorsdk.classpass.example.studio.schedule.ClassSessions;
import io.github.aggregatorsdk.classpass.example.studio.simulator.ClassPassSimulator;
import io.github.aggregatorsdk.classpass.example.studio.simulator.ReceivedCall;
import io.github.aggregatorsdk.classpass.example.studio.studio.VenueEntity;
import io.github.aggregatorsdk.classpass.example.studio.studio.Venues;
import io.github.aggregatorsdk.classpass.outbox.OutboxStore;
import io.github.aggregatorsdk.classpass.spring.ClassPassProperties;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.core.env.Environment;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What the whole-app tests share: classes of their own, ClassPass's calls and staff posts over
 * real HTTP, and what reached the ClassPass simulator once the outbox is empty.
 */
public class StudioFixture {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final AtomicInteger CLASSES = new AtomicInteger();

  private final HttpClient http = HttpClient.newHttpClient();
  private final Activities activities;
  private final ClassSessions sessions;
  private final Venues venues;
  private final Bookings bookings;
  private final OutboxStore outbox;
  private final ClassPassSimulator simulator;
  private final ClassPassProperties properties;
  private final Environment environment;
  private final TransactionTemplate transaction;
  private final Clock clock;

  StudioFixture(
      Activities activities,
      ClassSessions sessions,
      Venues venues,
      Bookings bookings,
      OutboxStore outbox,
      ClassPassSimulator simulator,
      ClassPassProperties properties,
      Environment environment,
      TransactionTemplate transaction,
      Clock clock) {
    this.activities = activities;
    this.sessions = sessions;
    this.venues = venues;
    this.bookings = bookings;
    this.outbox = outbox;
    this.simulator = simulator;
    this.properties = properties;
    this.environment = environment;
    this.transaction = transaction;
    this.clock = clock;
  }

  /**
   * A class open to ClassPass at the demo venue, three weeks ahead (outside the demo's two
   * weeks), of an activity of its own with this ClassPass spot limit and no release window.
   */
  public ClassSessionEntity newClass(int capacity, int classPassLimit) {
    int n = CLASSES.incrementAndGet();
    Instant now = clock.instant();
    return transaction.execute(
        status -> {
          VenueEntity venue = venues.findAll().get(0);
          ActivityEntity activity =
              activities.save(
                  new ActivityEntity(
                      "Test Flow " + n,
                      "A class made by a test.",
                      new AggregatorSettings(true, classPassLimit, null),
                      now));
          Instant start = now.plus(Duration.ofDays(21)).plus(Duration.ofHours(n));
          return sessions.save(
              new ClassSessionEntity(
                  activity, venue, start, start.plus(Duration.ofHours(1)), capacity, 720, now));
        });
  }

  /** ClassPass reserves a spot in the class for a user, as its partner API call. */
  public HttpResponse<String> reserve(ClassSessionEntity session, String reservationId,
      String userId) {
    return send(reservationRequest(session, reservationId, userId));
  }

  /** The same, without waiting for the answer. */
  public CompletableFuture<HttpResponse<String>> reserveAsync(
      ClassSessionEntity session, String reservationId, String userId) {
    return http.sendAsync(
        reservationRequest(session, reservationId, userId), HttpResponse.BodyHandlers.ofString());
  }

  /** A staff action: a form post to the app; redirects are not followed. */
  public HttpResponse<String> staffPost(String pathAndQuery) {
    return send(HttpRequest.newBuilder(app(pathAndQuery))
        .POST(HttpRequest.BodyPublishers.noBody())
        .build());
  }

  /** A page of the app. */
  public HttpResponse<String> get(String path) {
    return send(HttpRequest.newBuilder(app(path)).GET().build());
  }

  /** The class's bookings of every channel, oldest first. */
  public List<BookingEntity> signInList(long sessionId) {
    return bookings.findSignInLists(List.of(sessionId));
  }

  /**
   * Every update the simulator received so far, as JSON, after the outbox has emptied: the
   * events of batches and single updates, oldest first.
   */
  public List<JsonNode> pushedEvents() {
    await().atMost(Duration.ofSeconds(30)).until(() -> outbox.counts().pending() == 0);
    List<JsonNode> events = new ArrayList<>();
    for (ReceivedCall call : simulator.received()) {
      JsonNode body = read(call.body());
      if (call.path().endsWith("/batch-updates")) {
        body.get("events").forEach(events::add);
      } else if (call.path().endsWith("/updates")) {
        events.add(body);
      }
    }
    return events;
  }

  /** The SCHEDULE payloads pushed for one class, oldest first. */
  public List<JsonNode> pushedSchedules(long sessionId) {
    return pushedEvents().stream()
        .filter(event -> event.get("type").asText().equals("SCHEDULE"))
        .map(event -> event.get("payload"))
        .filter(payload -> payload.get("id").asText().equals(String.valueOf(sessionId)))
        .toList();
  }

  /** The RESERVATION events pushed for one reservation, oldest first. */
  public List<JsonNode> pushedReservations(String reservationId) {
    return pushedEvents().stream()
        .filter(event -> event.get("type").asText().equals("RESERVATION"))
        .filter(event -> event.at("/payload/reservation_id").asText().equals(reservationId))
        .toList();
  }

  public static JsonNode read(String json) {
    try {
      return JSON.readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private HttpRequest reservationRequest(
      ClassSessionEntity session, String reservationId, String userId) {
    VenueEntity venue = session.getVenue();
    String body = """
        {"reservation_id": "%s", "partner_id": "%s", "venue_id": "%s", "schedule_id": "%s",
         "user": {"user_id": "%s", "first_name": "Test", "last_name": "User %s",
                  "user_email": "%s@example.com"}}
        """.formatted(reservationId, venue.getPartner().getId(), venue.getId(), session.getId(),
            userId, userId, userId);
    return HttpRequest.newBuilder(app(properties.getPartnerApi().getBasePath() + "/reservations"))
        .header("Authorization", "Bearer " + properties.getPartnerApi().getToken())
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body))
        .build();
  }

  private URI app(String pathAndQuery) {
    return URI.create(
        "http://127.0.0.1:" + environment.getRequiredProperty("local.server.port")
            + pathAndQuery);
  }

  private HttpResponse<String> send(HttpRequest request) {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
