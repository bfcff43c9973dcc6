package io.github.aggregatorsdk.classpass.partnerapi;

import static io.github.aggregatorsdk.classpass.partnerapi.PartnerApiFixture.TOKEN;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.aggregatorsdk.classpass.partnerapi.RawConnection.Reply;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Slow and hostile clients against the JDK server adapter, over raw loopback sockets. */
@Timeout(30)
class PartnerApiServerLimitsTest {

  private static final Duration SECOND = Duration.ofSeconds(1);
  private static final String GET_PARTNERS =
      "GET /classpass/partners HTTP/1.1\r\nHost: studio\r\nAuthorization: Bearer "
          + TOKEN
          + "\r\n\r\n";

  private PartnerApiFixture api;
  private final List<RawConnection> connections = new ArrayList<>();

  @AfterEach
  void stop() {
    connections.forEach(RawConnection::close);
    if (api != null) {
      api.close();
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "401 wrong token|POST /classpass/reservations|Bearer wrong|application/json|100",
        "415 not JSON|POST /classpass/reservations|Bearer " + TOKEN + "|text/plain|100",
        "413 too large|POST /classpass/reservations|Bearer " + TOKEN + "|application/json|900000",
        "400 bad path|PATCH /classpass/reservations/%C3%28|Bearer "
            + TOKEN
            + "|application/json|100"
      })
  void refusedRequestIsAnsweredAndClosedWithoutWaitingForItsBody(
      String refusal, String request, String authorization, String contentType, String length)
      throws IOException {
    start(server -> server);
    RawConnection client =
        open()
            .send(
                request
                    + " HTTP/1.1\r\nHost: studio\r\nAuthorization: "
                    + authorization
                    + "\r\nContent-Type: "
                    + contentType
                    + "\r\nContent-Length: "
                    + length
                    + "\r\n\r\n{");

    Reply reply = client.read(Duration.ofSeconds(2));

    int status = Integer.parseInt(refusal.substring(0, 3));
    assertThat(reply.status()).isEqualTo(status);
    assertThat(reply.headers()).containsEntry("connection", "close");
    assertThat(json(reply).path("error").path("code").asInt()).isIn(status, 4001);
    assertThat(client.closedWithin(Duration.ofSeconds(2))).isTrue();
  }

  @Test
  void slowBodyIsCutOffAtTheTimeLimitAndFreesTheWorker() throws IOException {
    start(server -> server.threads(1).queueSize(0).requestBodyTimeout(Duration.ofMillis(500)));
    long started = System.nanoTime();
    RawConnection slow = open().send(slowReservation(TOKEN, true));
    assertThat(slow.read(SECOND).status()).isEqualTo(100); // the only worker has the request
    slow.send("{");

    assertThat(open().send(GET_PARTNERS).read(SECOND).status()).isEqualTo(503);
    assertThat(slow.closedWithin(Duration.ofSeconds(3))).isTrue();
    assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThan(Duration.ofMillis(400));

    // The worker returns to the pool just after closing the connection.
    assertThat(statusWithin(Duration.ofSeconds(2))).isEqualTo(200);
  }

  @Test
  void slowHeadersAreCutOffAtTheTimeLimitAndFreeTheWorker() throws IOException {
    start(
        server -> server.threads(1).queueSize(0).requestHeadersTimeout(Duration.ofMillis(500)));
    long started = System.nanoTime();
    RawConnection slow = open().send("GET /classpass/partners HTTP/1.1\r\nHost: st");

    assertThat(slow.closedWithin(Duration.ofSeconds(3))).isTrue();
    assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThan(Duration.ofMillis(400));
    assertThat(statusWithin(Duration.ofSeconds(2))).isEqualTo(200);
  }

  @Test
  void requestFindingEveryWorkerBusyIsAnswered503Quickly() throws IOException {
    start(server -> server.threads(1).queueSize(0));
    RawConnection slow = open().send(slowReservation(TOKEN, true));
    assertThat(slow.read(SECOND).status()).isEqualTo(100);

    long started = System.nanoTime();
    Reply reply = open().send(GET_PARTNERS).read(SECOND);

    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(SECOND);
    assertThat(reply.status()).isEqualTo(503);
    assertThat(reply.headers())
        .containsEntry("connection", "close")
        .containsEntry("content-type", "application/json");
    JsonNode error = json(reply).path("error");
    assertThat(error.path("code").asInt()).isEqualTo(503);
    assertThat(error.path("name").asText()).isEqualTo("SERVICE_UNAVAILABLE");
    assertThat(error.path("message").asText()).isNotBlank();
  }

  @Test
  void hostExecutorServesRequestsAndItsRejectionsAreAnswered503() throws IOException {
    AtomicBoolean saturated = new AtomicBoolean();
    ExecutorService host = Executors.newFixedThreadPool(2);
    try {
      start(
          server ->
              server.executor(
                  task -> {
                    if (saturated.get()) {
                      throw new RejectedExecutionException("saturated");
                    }
                    host.execute(task);
                  }));

      assertThat(open().send(GET_PARTNERS).read(SECOND).status()).isEqualTo(200);
      saturated.set(true);
      Reply reply = open().send(GET_PARTNERS).read(SECOND);
      assertThat(reply.status()).isEqualTo(503);
      assertThat(json(reply).path("error").path("code").asInt()).isEqualTo(503);
    } finally {
      api.close();
      assertThat(host.isShutdown()).as("the host's executor is the host's").isFalse();
      host.shutdownNow();
    }
  }

  @Test
  void threeHundredSlowClientsDoNotKeepANormalRequestFromBeingAnswered() throws IOException {
    start(
        server ->
            server
                .threads(8)
                .queueSize(16)
                .maxQueueWait(Duration.ofMillis(200))
                .requestHeadersTimeout(Duration.ofSeconds(2))
                .requestBodyTimeout(Duration.ofSeconds(2)));
    for (int i = 0; i < 300; i++) {
      RawConnection slow = open();
      switch (i % 4) {
        case 0 -> slow.send("GET /classpass/partners HTTP/1.1\r\nHost: st");
        case 1 -> slow.send(slowReservation(TOKEN, false) + "{");
        case 2 -> slow.send(slowReservation("wrong", false) + "{");
        default -> slow.send("P");
      }
    }

    long started = System.nanoTime();
    Reply reply = open().send(GET_PARTNERS).read(SECOND);

    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(SECOND);
    assertThat(reply.status()).isIn(200, 503);
    if (reply.status() == 503) {
      assertThat(json(reply).path("error").path("code").asInt()).isEqualTo(503);
    }
    // Once the slow clients ran out of time, their workers serve again.
    assertThat(statusWithin(Duration.ofSeconds(8))).isEqualTo(200);
  }

  /** Asks for the partners until the answer is 200 or the time is up; the last status. */
  private int statusWithin(Duration time) throws IOException {
    long until = System.nanoTime() + time.toNanos();
    int status = 0;
    while (status != 200 && System.nanoTime() < until) {
      status = open().send(GET_PARTNERS).read(SECOND).status();
      if (status != 200) {
        sleep(50);
      }
    }
    return status;
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private void start(UnaryOperator<PartnerApiServerBuilder> server) {
    api = new PartnerApiFixture(handler -> handler, server);
  }

  private RawConnection open() {
    RawConnection connection = new RawConnection(api.server.port());
    connections.add(connection);
    return connection;
  }

  private static String slowReservation(String token, boolean expectContinue) {
    return "POST /classpass/reservations HTTP/1.1\r\nHost: studio\r\nAuthorization: Bearer "
        + token
        + "\r\nContent-Type: application/json\r\nContent-Length: 100\r\n"
        + (expectContinue ? "Expect: 100-continue\r\n" : "")
        + "\r\n";
  }

  private static JsonNode json(Reply reply) throws IOException {
    return PartnerApiFixture.JSON.readTree(reply.body());
  }
}
