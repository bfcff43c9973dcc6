package io.github.aggregatorsdk.classpass.partnerapi;

import io.github.aggregatorsdk.classpass.booking.BookingServices;
import io.github.aggregatorsdk.classpass.internal.MessageWithheld;
import io.github.aggregatorsdk.classpass.model.internal.ApiError;
import io.github.aggregatorsdk.classpass.model.internal.CancellationRequest;
import io.github.aggregatorsdk.classpass.model.PartnerApiErrorCode;
import io.github.aggregatorsdk.classpass.model.internal.ReservationRequest;
import io.github.aggregatorsdk.classpass.spi.FieldLimits;
import io.github.aggregatorsdk.classpass.mapping.PreflightCheck;
import io.github.aggregatorsdk.classpass.mapping.internal.ScheduleMapper;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The partner API ClassPass calls, independent of any web framework: give it each request under the
 * base path and send back the {@link PartnerApiResponse}. Thread-safe; build one with {@link
 * #builder()} and share it.
 *
 * <p>Endpoints, relative to the base path: {@code GET /partners}, {@code GET
 * /partners/{partner_id}}, {@code GET /partners/{partner_id}/venues}, {@code GET
 * /partners/{partner_id}/venues/{venue_id}}, {@code GET …/venues/{venue_id}/schedules}, {@code GET
 * …/schedules/{schedule_id}/attendance}, {@code POST /reservations} and {@code PATCH
 * /reservations/{reservation_id}}. Path segments are percent-decoded; one trailing slash is
 * tolerated.
 *
 * <p>Every request under the base path is authenticated first ({@code Authorization: Bearer
 * <token>} or {@code Token <token>}, scheme in any case); until it is, no service or repository is
 * called, and a failure answers 401 with {@code WWW-Authenticate}. Then: unknown path 404, known
 * path with another method 405 with {@code Allow}, bad input 400 naming the field (413 for a body
 * over the limit, 415 for a body that is not {@code application/json}), unknown partner, venue or
 * schedule of a GET 404, refusals of the booking rules 400 with the contract's code (4001–4006),
 * and an exception from host code 500, logged once at ERROR with its class names and stack frames
 * but no message (a host's message may hold personal data). Every answer is JSON; errors have the
 * contract's shape {@code {"error": {"code", "name", "message"}}} and name fields and ids, never
 * values of personal data or the token. Paths outside the base path answer 404 unauthenticated, as
 * they are not the partner API's.
 *
 * <p>List endpoints take {@code page} (from 1, default 1) and {@code page_size} (from 1, default
 * 100; above 500 it is clamped to 500, and the answer's {@code pagination.page_size} says so); a
 * page past the end is an empty list with 200. {@code total_pages} is at least 1. Schedules take
 * {@code start_date} and {@code end_date} (ISO dates, inclusive, required, neither more than a year
 * before nor five years after the clock's today), a range of at most {@link
 * PartnerApiHandlerBuilder#maxScheduleDays(int) maxScheduleDays} days (92 by default).
 *
 * <p>Text ClassPass sends for the host to store is held to {@link FieldLimits}: see {@code POST
 * /reservations}. Ids in the path that no host could store are unknown (404, 4002 for a
 * cancellation) without asking the host.
 *
 * <p>Each request is logged at DEBUG as method, endpoint pattern (without ids), status and
 * duration, and told to the {@link PartnerApiHandlerBuilder#observer(PartnerApiObserver)
 * observer}. While a request is answered, its ids (partner, venue, schedule, reservation; never a
 * user's data) are in SLF4J's MDC as {@code classpass.partner_id}, {@code classpass.venue_id},
 * {@code classpass.schedule_id} and {@code classpass.reservation_id}, for every log line written
 * meanwhile, the host's included.
 */
public final class PartnerApiHandler {

  private static final Logger LOG = LoggerFactory.getLogger(PartnerApiHandler.class);
  private static final String NO_ROUTE = "(no route)";
  private static final Map<String, String> CHALLENGE =
      Map.of("WWW-Authenticate", "Bearer realm=\"classpass-partner-api\"");

  private final String basePath;
  private final int maxBodyBytes;
  private final int maxScheduleDays;
  private final Clock clock;
  private final TokenCheck tokenCheck;
  private final CallReports reports;
  private final JsonBodies json;
  private final DirectoryEndpoints directory;
  private final ScheduleEndpoints schedules;
  private final ReservationEndpoints reservations;

  PartnerApiHandler(PartnerApiHandlerBuilder builder) {
    BookingServices services = builder.bookingServices;
    this.basePath = builder.basePath;
    this.maxBodyBytes = builder.maxBodyBytes;
    this.maxScheduleDays = builder.maxScheduleDays;
    this.clock = builder.clock;
    List<String> tokens = new ArrayList<>();
    tokens.add(builder.token);
    tokens.addAll(builder.previousTokens);
    this.tokenCheck = new TokenCheck(tokens);
    this.reports = new CallReports(builder.observer, builder.refusedCalls, builder.answeredCalls);
    this.json = new JsonBodies(builder.maxBodyBytes);
    this.directory = new DirectoryEndpoints(builder.partners);
    ScheduleMapper mapper = new ScheduleMapper(services.availability(), builder.clock);
    this.schedules =
        new ScheduleEndpoints(
            builder.sessions,
            services.attendance(),
            mapper,
            builder.preflightCheck != null ? builder.preflightCheck : new PreflightCheck());
    this.reservations = new ReservationEndpoints(services, clock);
  }

  /**
   * A builder; the token, booking services, class sessions and partner directory are required.
   *
   * <p><b>Advanced:</b> {@link io.github.aggregatorsdk.classpass.ClassPassIntegration} builds and
   * wires this part for you; build it yourself only to use it alone (a test, a custom stack).
   *
   * @return a new builder; never null
   */
  public static PartnerApiHandlerBuilder builder() {
    return new PartnerApiHandlerBuilder();
  }

  /**
   * The normalised base path the endpoints live under: empty for the root, otherwise starting with
   * a slash and not ending with one, e.g. {@code /classpass}.
   *
   * @return the base path; never null
   */
  public String basePath() {
    return basePath;
  }

  /**
   * Answers one request. Never throws for anything the request contains; an exception from host
   * code becomes a 500 answer.
   *
   * @param request the raw request; never null
   * @return the answer to send; never null
   */
  public PartnerApiResponse handle(PartnerApiRequest request) {
    Objects.requireNonNull(request, "request");
    long started = System.nanoTime();
    PartnerApiObserver.Exchange observed = reports.started(request.method());
    Answer answer;
    try (LogIds ids = new LogIds()) {
      answer = answer(request, ids);
      if (LOG.isDebugEnabled()) {
        LOG.debug(
            "partner API {} {} answered {} in {} ms",
            request.method(),
            answer.route(),
            answer.response().status(),
            TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
      }
    }
    reports.finished(observed, answer.route(), answer.response());
    return answer.response();
  }

  /** The answer and the route it was given on, for the log and the observer. */
  private record Answer(String route, PartnerApiResponse response) {}

  private Answer answer(PartnerApiRequest request, LogIds ids) {
    String method = request.method();
    String pattern = NO_ROUTE;
    String endpoint = null;
    PartnerApiResponse response;
    try {
      Optional<String> relative = RequestPath.relative(request.rawPath(), basePath);
      if (relative.isEmpty()) {
        response = error(Rejection.notFound("no such path"), Map.of());
      } else {
        // Routing is pure: it only names the endpoint for the log before authentication.
        List<String> segments = null;
        Rejection badPath = null;
        try {
          segments = RequestPath.segments(relative.get());
        } catch (Rejection rejection) {
          badPath = rejection;
        }
        List<Route> onPath = segments == null ? List.of() : Route.onPath(segments);
        Optional<Route> route = onPath.stream().filter(r -> r.method().equals(method)).findFirst();
        pattern = route.or(() -> onPath.stream().findFirst()).map(Route::pattern).orElse(NO_ROUTE);
        endpoint = route.map(r -> r.method() + " " + r.pattern()).orElse(null);
        if (!tokenCheck.accepts(request.header("Authorization"))) {
          reports.refused(pattern);
          response = unauthorized();
        } else if (badPath != null) {
          throw badPath;
        } else if (onPath.isEmpty()) {
          response = error(Rejection.notFound("no such path"), Map.of());
        } else if (route.isEmpty()) {
          response = methodNotAllowed(onPath);
        } else {
          response = ok(dispatch(route.get(), route.get().parameters(segments), request, ids));
        }
      }
    } catch (Rejection rejection) {
      response = error(rejection, Map.of());
    } catch (RuntimeException failure) {
      LOG.error(
          "partner API {} {} failed unexpectedly; answered 500",
          method,
          pattern,
          MessageWithheld.of(failure));
      response = internalError();
    }
    if (endpoint != null) {
      reports.answered(endpoint, response.status());
    }
    return new Answer(pattern, response);
  }

  private Object dispatch(
      Route route, Map<String, String> path, PartnerApiRequest request, LogIds ids) {
    checkPathIds(route, path);
    path.forEach(ids::put);
    return switch (route) {
      case PARTNERS -> directory.partners(query(request).paging());
      case PARTNER -> directory.partner(path.get("partner_id"));
      case VENUES -> directory.venues(path.get("partner_id"), query(request).paging());
      case VENUE -> directory.venue(path.get("partner_id"), path.get("venue_id"));
      case SCHEDULES -> {
        QueryParameters query = query(request);
        QueryParameters.DateRange range = query.dateRange(maxScheduleDays);
        var paging = query.paging();
        yield schedules.schedules(
            directory.requireVenue(path.get("partner_id"), path.get("venue_id")), range, paging);
      }
      case ATTENDANCE -> {
        var paging = query(request).paging();
        yield schedules.attendance(
            path.get("partner_id"), path.get("venue_id"), path.get("schedule_id"), paging);
      }
      case RESERVE -> {
        ReservationRequest reservation = json.read(request, ReservationRequest.class);
        ids.put("reservation_id", reservation.reservationId());
        ids.put("partner_id", reservation.partnerId());
        ids.put("venue_id", reservation.venueId());
        ids.put("schedule_id", reservation.scheduleId());
        yield reservations.reserve(reservation);
      }
      case CANCEL ->
          reservations.cancel(
              path.get("reservation_id"), json.read(request, CancellationRequest.class));
    };
  }

  private QueryParameters query(PartnerApiRequest request) {
    return QueryParameters.parse(request.rawQuery().orElse(null), clock);
  }

  /**
   * An id in the path that no host can store names nothing the host has: answered without asking
   * it (404, or 4002 for a cancellation), so that no host query ever sees such a value.
   */
  private static void checkPathIds(Route route, Map<String, String> path) {
    path.forEach(
        (name, value) -> {
          if (!FieldLimits.isStorable(value, FieldLimits.ID)) {
            throw route == Route.CANCEL
                ? new Rejection(
                    PartnerApiErrorCode.CANCELLATION_EXCEPTION, "no reservation has this " + name)
                : Rejection.notFound("nothing has this " + name);
          }
        });
  }

  private PartnerApiResponse ok(Object body) {
    return new PartnerApiResponse(200, json.write(body), Map.of());
  }

  private PartnerApiResponse unauthorized() {
    return error(
        new Rejection(
            PartnerApiErrorCode.UNAUTHORIZED,
            "the Authorization header must carry the partner API token as Bearer or Token"),
        CHALLENGE);
  }

  private PartnerApiResponse methodNotAllowed(List<Route> onPath) {
    String allow = onPath.stream().map(Route::method).distinct().collect(Collectors.joining(", "));
    return error(
        new Rejection(PartnerApiErrorCode.METHOD_NOT_ALLOWED, "this path accepts only " + allow),
        Map.of("Allow", allow));
  }

  /** The 500 answer, also for an adapter whose own code failed. */
  PartnerApiResponse internalError() {
    return error(
        new Rejection(
            PartnerApiErrorCode.INTERNAL_ERROR,
            "the studio's system failed unexpectedly; the request may be retried"),
        Map.of());
  }

  /** The 503 answer of an adapter whose workers are all busy; the request is not looked at. */
  PartnerApiResponse unavailable() {
    return error(
        new Rejection(
            PartnerApiErrorCode.SERVICE_UNAVAILABLE,
            "the studio's system is busy; the request may be retried shortly"),
        Map.of("Retry-After", "1"));
  }

  /**
   * The partner API's answer to a request that the HTTP stack in front of this handler refused
   * before it could hand the request over: a path with an encoded slash, backslash or control
   * character that a servlet container or a firewall rejects. Answered as {@link #handle} answers
   * a malformed path — 401 without the right token, otherwise a ClassPass-format 400 ({@code
   * BAD_REQUEST}) — echoing nothing of the request, so that ClassPass reads every malformed
   * request's answer the same way, whoever refused it. Observed and counted like other answers.
   * For adapters; the starter uses it for Spring Security's firewall and Tomcat's own refusals
   * under the base path.
   *
   * @param method the request's method, as sent; never null
   * @param headers the request's headers by name (case-insensitive), null for an absent one;
   *     only {@code Authorization} is read
   * @return the answer; never null
   */
  public PartnerApiResponse refusedBeforeHandling(
      String method, Function<String, String> headers) {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(headers, "headers");
    PartnerApiObserver.Exchange observed = reports.started(method);
    PartnerApiResponse response;
    if (!tokenCheck.accepts(Optional.ofNullable(headers.apply("Authorization")))) {
      reports.refused(NO_ROUTE);
      response = unauthorized();
    } else {
      response = error(Rejection.badRequest(
          "the request path or query holds characters the partner API does not accept"), Map.of());
    }
    reports.finished(observed, NO_ROUTE, response);
    return response;
  }

  private PartnerApiResponse error(Rejection rejection, Map<String, String> headers) {
    PartnerApiErrorCode code = rejection.code();
    ApiError body = ApiError.of(code.code(), code.name(), rejection.getMessage());
    return new PartnerApiResponse(code.httpStatus(), json.write(body), headers, code);
  }

  /** Prints the settings; never the token. */
  @Override
  public String toString() {
    return "PartnerApiHandler[basePath="
        + basePath
        + ", maxBodyBytes="
        + maxBodyBytes
        + ", maxScheduleDays="
        + maxScheduleDays
        + ", token=(hidden)]";
  }
}
