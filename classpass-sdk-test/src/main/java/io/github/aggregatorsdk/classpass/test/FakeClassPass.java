package io.github.aggregatorsdk.classpass.test;

import com.sun.net.httpserver.HttpServer;
import io.github.aggregatorsdk.classpass.model.Partner;
import io.github.aggregatorsdk.classpass.model.ReservationStatus;
import io.github.aggregatorsdk.classpass.model.ReservationUpdate;
import io.github.aggregatorsdk.classpass.model.Schedule;
import io.github.aggregatorsdk.classpass.model.Venue;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * ClassPass's Inventory API in the test's own process, on a loopback port: it accepts the four
 * outbound calls ({@code POST /v1/inventory/partners}, {@code /venues}, {@code /updates}, {@code
 * /batch-updates}) with {@code Authorization: Token …}, records every call, and keeps what ClassPass
 * would know: partners, venues, and the latest version of each schedule and reservation by {@code
 * last_updated} (an older version never replaces a newer one). Faults are injected on demand:
 * failures, {@code Retry-After}, slow answers, an outage until cleared, 404 for schedules of
 * unregistered venues.
 *
 * <pre>{@code
 * try (FakeClassPass classPass = FakeClassPass.start()) {
 *   ClassPassClient client = ClassPassClient.builder()
 *       .baseUrl(classPass.baseUrl()).accessToken(classPass.token()).build();
 *   ...
 *   classPass.awaitAvailableSpots("class-5", 3, Duration.ofSeconds(5));
 * }
 * }</pre>
 *
 * <p>Thread-safe. The awaits throw {@link AssertionError}, so they work with any assertion
 * library or none.
 */
public final class FakeClassPass implements AutoCloseable {

  /** The token {@link #start()} expects: {@code Authorization: Token fake-classpass-token}. */
  public static final String DEFAULT_TOKEN = "fake-classpass-token";

  private final HttpServer server;
  private final ExecutorService executor;
  private final String token;
  private final InventoryState state = new InventoryState();
  private final Faults faults = new Faults();
  private volatile boolean rejectUnknownVenues;

  private FakeClassPass(String token, int port) {
    this.token = token;
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
    } catch (IOException e) {
      throw new UncheckedIOException("the fake ClassPass cannot listen on port " + port, e);
    }
    executor = Executors.newCachedThreadPool(runnable -> {
      Thread thread = new Thread(runnable, "fake-classpass");
      thread.setDaemon(true);
      return thread;
    });
    server.createContext("/", new InventoryEndpoint(
        token, state, faults, () -> rejectUnknownVenues, Clock.systemUTC()));
    server.setExecutor(executor);
    server.start();
  }

  /**
   * Starts a fake ClassPass on a free loopback port expecting {@link #DEFAULT_TOKEN}.
   *
   * @return the running fake; never null
   */
  public static FakeClassPass start() {
    return start(DEFAULT_TOKEN, 0);
  }

  /**
   * Starts a fake ClassPass.
   *
   * @param token the access token calls must carry as {@code Token <token>}; null accepts any
   *     non-empty token
   * @param port the loopback port, 0 for a free one
   * @return the running fake; never null
   * @throws UncheckedIOException when the port cannot be bound
   */
  public static FakeClassPass start(String token, int port) {
    return new FakeClassPass(token, port);
  }

  /**
   * Where to point the SDK's client ({@code ClassPassClient.builder().baseUrl(...)}).
   *
   * @return {@code http://127.0.0.1:<port>}; never null
   */
  public URI baseUrl() {
    return URI.create("http://" + server.getAddress().getAddress().getHostAddress() + ":"
        + server.getAddress().getPort());
  }

  /**
   * The access token this fake expects.
   *
   * @return the token; null when any non-empty token is accepted
   */
  public String token() {
    return token;
  }

  // ---- what was received ----------------------------------------------------------------

  /**
   * Every call received, accepted or not, oldest first.
   *
   * @return a copy; never null
   */
  public List<RecordedCall> calls() {
    return state.calls();
  }

  /**
   * The latest version of a schedule by {@code last_updated}.
   *
   * @param scheduleId the schedule's id; never null
   * @return the schedule, or empty when it never arrived
   */
  public Optional<Schedule> schedule(String scheduleId) {
    return state.schedule(Objects.requireNonNull(scheduleId, "scheduleId"));
  }

  /**
   * The latest version of every schedule received.
   *
   * @return a copy, in order of first arrival; never null
   */
  public List<Schedule> schedules() {
    return state.schedules();
  }

  /**
   * The latest status of a reservation by {@code last_updated}.
   *
   * @param reservationId the reservation id; never null
   * @return the update, or empty when none arrived
   */
  public Optional<ReservationUpdate> reservation(String reservationId) {
    return state.reservation(Objects.requireNonNull(reservationId, "reservationId"));
  }

  /**
   * The partners registered, the last registration of each.
   *
   * @return a copy; never null
   */
  public List<Partner> partners() {
    return state.partners();
  }

  /**
   * The venues registered, the last registration of each.
   *
   * @return a copy; never null
   */
  public List<Venue> venues() {
    return state.venues();
  }

  /**
   * Keeps only the newest {@code max} calls in {@link #calls()} (the latest states are kept
   * whatever the number): for a fake that runs for long, as the example app's simulated
   * ClassPass does. By default every call is kept.
   *
   * @param max at least 1
   * @return this fake
   * @throws IllegalArgumentException when {@code max} is below 1
   */
  public FakeClassPass keepCalls(int max) {
    if (max < 1) {
      throw new IllegalArgumentException("max must be at least 1: " + max);
    }
    state.keepCalls(max);
    return this;
  }

  /** Forgets every call and all state, and clears the faults; the port stays. */
  public void reset() {
    faults.clear();
    rejectUnknownVenues = false;
    state.clear();
  }

  // ---- faults ------------------------------------------------------------------------------

  /**
   * Answers the next {@code count} authorised calls with {@code status} and a ClassPass error
   * body, applying nothing.
   *
   * @param count how many calls fail
   * @param status the HTTP status, for example 500 or 503
   */
  public void failNext(int count, int status) {
    faults.failNext(count, status, null);
  }

  /**
   * Answers the next authorised call with {@code status} (429 or 503) and {@code Retry-After} in
   * whole seconds.
   *
   * @param status the HTTP status
   * @param retryAfter what the header says; never null
   */
  public void retryAfter(int status, Duration retryAfter) {
    faults.failNext(1, status, Objects.requireNonNull(retryAfter, "retryAfter"));
  }

  /**
   * Delays every answer by {@code delay} (after applying the call) until {@link #clearFaults()}.
   *
   * @param delay how long; never null, zero for none
   */
  public void slowAnswers(Duration delay) {
    faults.delay(Objects.requireNonNull(delay, "delay"));
  }

  /**
   * Answers every authorised call with {@code status} until {@link #clearFaults()}.
   *
   * @param status the HTTP status, for example 503
   */
  public void outage(int status) {
    faults.outage(status, null);
  }

  /**
   * Whether a schedule of a venue never registered with {@code POST /v1/inventory/venues} is
   * answered 404 (the whole call). Off by default.
   *
   * @param reject true to answer 404
   */
  public void rejectSchedulesOfUnknownVenues(boolean reject) {
    rejectUnknownVenues = reject;
  }

  /** Ends an outage and slow answers and forgets planned failures. */
  public void clearFaults() {
    faults.clear();
  }

  // ---- awaits --------------------------------------------------------------------------------

  /**
   * Waits until the latest version of a schedule matches.
   *
   * @param scheduleId the schedule's id; never null
   * @param condition what the schedule must satisfy; never null
   * @param timeout how long to wait; never null
   * @return the matching schedule; never null
   * @throws AssertionError when it does not match within the timeout, naming what arrived last
   */
  public Schedule awaitSchedule(String scheduleId, Predicate<Schedule> condition, Duration timeout) {
    Objects.requireNonNull(condition, "condition");
    return await(s -> s.schedule(scheduleId).filter(condition), timeout,
        () -> "schedule " + scheduleId + " did not reach the expected state within "
            + timeout + "; latest received: " + schedule(scheduleId).map(FakeClassPass::describe)
                .orElse("none"));
  }

  /**
   * Waits until ClassPass was last told {@code spots} available spots for a schedule.
   *
   * @param scheduleId the schedule's id; never null
   * @param spots the expected {@code available_spots}
   * @param timeout how long to wait; never null
   * @return the schedule; never null
   * @throws AssertionError when it does not within the timeout
   */
  public Schedule awaitAvailableSpots(String scheduleId, int spots, Duration timeout) {
    return awaitSchedule(scheduleId, s -> s.availableSpots() == spots, timeout);
  }

  /**
   * Waits until ClassPass was told that a schedule is cancelled ({@code is_cancelled: true}).
   *
   * @param scheduleId the schedule's id; never null
   * @param timeout how long to wait; never null
   * @return the schedule; never null
   * @throws AssertionError when it was not within the timeout
   */
  public Schedule awaitCancelled(String scheduleId, Duration timeout) {
    return awaitSchedule(scheduleId, Schedule::isCancelled, timeout);
  }

  /**
   * Waits until a reservation's latest status is {@code status}.
   *
   * @param reservationId the reservation id; never null
   * @param status the expected status; never null
   * @param timeout how long to wait; never null
   * @return the update; never null
   * @throws AssertionError when it does not within the timeout
   */
  public ReservationUpdate awaitReservationStatus(
      String reservationId, ReservationStatus status, Duration timeout) {
    Objects.requireNonNull(status, "status");
    return await(s -> s.reservation(reservationId).filter(r -> r.status() == status), timeout,
        () -> "reservation " + reservationId + " did not reach " + status + " within " + timeout
            + "; latest received: "
            + reservation(reservationId).map(r -> String.valueOf(r.status())).orElse("none"));
  }

  /**
   * Waits until at least {@code count} calls arrived.
   *
   * @param count how many calls
   * @param timeout how long to wait; never null
   * @return every call so far; never null
   * @throws AssertionError when fewer arrived within the timeout
   */
  public List<RecordedCall> awaitCalls(int count, Duration timeout) {
    await(s -> s.calls().size() >= count ? Optional.of(Boolean.TRUE) : Optional.empty(), timeout,
        () -> "expected at least " + count + " calls within " + timeout + ", got "
            + calls().size());
    return calls();
  }

  private <T> T await(
      Function<InventoryState, Optional<T>> probe, Duration timeout,
      Supplier<String> failure) {
    Objects.requireNonNull(timeout, "timeout");
    try {
      return state.await(probe, timeout).orElseThrow(() -> new AssertionError(failure.get()));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted while waiting", e);
    }
  }

  private static String describe(Schedule schedule) {
    return "available_spots=" + schedule.availableSpots() + " total_spots="
        + schedule.totalSpots() + " is_cancelled=" + schedule.isCancelled() + " last_updated="
        + schedule.lastUpdated();
  }

  /** Stops the server at once; calls in flight are cut off. */
  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }

  @Override
  public String toString() {
    return "FakeClassPass[" + baseUrl() + "]";
  }
}
