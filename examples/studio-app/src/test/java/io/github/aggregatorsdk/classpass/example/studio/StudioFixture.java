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
import io.github.aggregatorsdk.classpass.example.studio.staff.DemoStaffLogin;
import io.github.aggregatorsdk.classpass.example.studio.studio.VenueEntity;
import io.github.aggregatorsdk.classpass.example.studio.studio.Venues;
import io.github.aggregatorsdk.classpass.outbox.OutboxStore;
import io.github.aggregatorsdk.classpass.spi.PageRequest;
import io.github.aggregatorsdk.classpass.spring.ClassPassProperties;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.core.env.Environment;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What the whole-app tests share: classes of their own, ClassPass's calls (without a session)
 * and staff pages and posts (signed in as the demo staff user, with the CSRF token) over real
 * HTTP, and what reached the ClassPass simulator once the outbox is empty.
 */
public class StudioFixture {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final AtomicInteger CLASSES = new AtomicInteger();
  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*?value=\"([^\"]+)\"");

  /** ClassPass's calls: no cookies, so no session. */
  private final HttpClient http = HttpClient.newHttpClient();
  /** Staff's browser: keeps the session cookie once signed in. */
  private final HttpClient staff =
      HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
  private volatile String csrfToken;
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
  private final DemoStaffLogin login;

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
      Clock clock,
      DemoStaffLogin login) {
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
    this.login = login;
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

  /**
   * A staff action: a form post to the app, signed in and with the CSRF token; redirects are not
   * followed.
   */
  public HttpResponse<String> staffPost(String pathAndQuery) {
    return staffPost(pathAndQuery, Map.of());
  }

  /** The same, with these form fields. */
  public HttpResponse<String> staffPost(String pathAndQuery, Map<String, String> fields) {
    signIn();
    return send(staff, form(app(pathAndQuery), Map.of("_csrf", csrfToken), fields));
  }

  /** A staff post, signed in but without the CSRF token, as a forged cross-site form would be. */
  public HttpResponse<String> staffPostWithoutCsrfToken(String pathAndQuery) {
    signIn();
    return send(staff, form(app(pathAndQuery), Map.of(), Map.of()));
  }

  /** Follows a staff post's {@code 303 See Other} as a browser does: the page it leads to. */
  public HttpResponse<String> follow(HttpResponse<String> seeOther) {
    if (seeOther.statusCode() != 303) {
      throw new AssertionError("expected 303 See Other, got " + seeOther.statusCode());
    }
    return get(seeOther.headers().firstValue("Location").orElseThrow());
  }

  /** A page of the app, as signed-in staff see it. */
  public HttpResponse<String> get(String path) {
    signIn();
    return send(staff, HttpRequest.newBuilder(app(path)).GET().build());
  }

  /** The demo staff user's credentials. */
  public DemoStaffLogin login() {
    return login;
  }

  /** The base URL of the running app, {@code http://127.0.0.1:<port>}. */
  public String baseUrl() {
    return "http://127.0.0.1:" + environment.getRequiredProperty("local.server.port");
  }

  /** The CSRF token in a page's forms, as a browser would send it back. */
  public static String csrfToken(String page) {
    Matcher token = CSRF.matcher(page);
    if (!token.find()) {
      throw new AssertionError("no CSRF token in the page");
    }
    return token.group(1);
  }

  /** Signs in once through the login form, as staff do, and keeps the session and its token. */
  private synchronized void signIn() {
    if (csrfToken != null) {
      return;
    }
    String loginToken = csrfToken(send(staff, HttpRequest.newBuilder(app("/login")).build()).body());
    HttpResponse<String> signedIn =
        send(staff, form(app("/login"), Map.of("_csrf", loginToken),
            Map.of("username", login.username(), "password", login.password())));
    if (signedIn.statusCode() != 302
        || signedIn.headers().firstValue("Location").orElse("").contains("error")) {
      throw new AssertionError("staff login failed: " + signedIn.statusCode());
    }
    csrfToken = csrfToken(send(staff, HttpRequest.newBuilder(app("/")).build()).body());
  }

  private static HttpRequest form(URI uri, Map<String, String> token, Map<String, String> fields) {
    String body =
        java.util.stream.Stream.concat(token.entrySet().stream(), fields.entrySet().stream())
            .map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
            .collect(Collectors.joining("&"));
    return HttpRequest.newBuilder(uri)
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(body))
        .build();
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  /**
   * Makes the class's next update a dead letter: once nothing else waits in the outbox, ClassPass
   * refuses one call and {@code change} makes the update, which a refused batch of one event
   * turns into a dead letter at once. Should another push take the refusal (the periodic full
   * resync, say), it tries again.
   */
  public void deadLetterNextUpdate(long sessionId, Runnable change) {
    for (int attempt = 0; attempt < 5; attempt++) {
      await().atMost(Duration.ofSeconds(30)).until(() -> outbox.counts().pending() == 0);
      simulator.refuseNext(1);
      change.run();
      try {
        await().atMost(Duration.ofSeconds(10)).until(() -> hasDeadLetter(sessionId));
        return;
      } catch (org.awaitility.core.ConditionTimeoutException refusedSomethingElse) {
        // another call took the refusal; the change was delivered
      }
    }
    throw new AssertionError("no dead letter for class " + sessionId + " after 5 attempts");
  }

  private boolean hasDeadLetter(long sessionId) {
    return outbox.deadLetters(PageRequest.first(500)).items().stream()
        .anyMatch(letter -> letter.entry().key().equals("schedule:" + sessionId));
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
    return URI.create(baseUrl() + pathAndQuery);
  }

  private HttpResponse<String> send(HttpRequest request) {
    return send(http, request);
  }

  private static HttpResponse<String> send(HttpClient client, HttpRequest request) {
    try {
      return client.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
