package io.github.aggregatorsdk.classpass.partnerapi;

import io.github.aggregatorsdk.classpass.booking.BookingServices;
import io.github.aggregatorsdk.classpass.spi.ClassSessionRepository;
import io.github.aggregatorsdk.classpass.spi.PartnerDirectory;
import io.github.aggregatorsdk.classpass.mapping.PreflightCheck;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Builds a {@link PartnerApiHandler}; obtain one from {@link PartnerApiHandler#builder()}. Not
 * thread-safe. {@link #toString()} never prints the token.
 *
 * <pre>{@code
 * PartnerApiHandler handler = PartnerApiHandler.builder()
 *     .token(System.getenv("CLASSPASS_PARTNER_API_TOKEN"))
 *     .basePath("/classpass")
 *     .bookingServices(services)
 *     .sessions(sessions)
 *     .partners(directory)
 *     .build();
 * }</pre>
 */
public final class PartnerApiHandlerBuilder {

  /** Default of {@link #maxBodyBytes(int)}: 64 KiB, far above any reservation ClassPass sends. */
  public static final int DEFAULT_MAX_BODY_BYTES = 64 * 1024;

  /** Default of {@link #maxScheduleDays(int)}: 92 days, a quarter of a year. */
  public static final int DEFAULT_MAX_SCHEDULE_DAYS = 92;

  String token;
  List<String> previousTokens = List.of();
  RefusedCallListener refusedCalls = RefusedCallListener.none();
  final List<AnsweredCallListener> answeredCalls = new ArrayList<>();
  PartnerApiObserver observer = PartnerApiObserver.none();
  String basePath = "";
  BookingServices bookingServices;
  ClassSessionRepository sessions;
  PartnerDirectory partners;
  PreflightCheck preflightCheck;
  int maxBodyBytes = DEFAULT_MAX_BODY_BYTES;
  int maxScheduleDays = DEFAULT_MAX_SCHEDULE_DAYS;
  Clock clock = Clock.systemUTC();

  PartnerApiHandlerBuilder() {}

  /**
   * The token ClassPass sends as {@code Authorization: Bearer <token>} or {@code Token <token>};
   * required. Surrounding whitespace is ignored. Only a digest of it is kept.
   *
   * @param token the token; never null or blank
   * @return this builder
   * @throws IllegalArgumentException when the token is blank
   */
  public PartnerApiHandlerBuilder token(String token) {
    Objects.requireNonNull(token, "token");
    if (token.isBlank()) {
      throw new IllegalArgumentException("token must not be blank");
    }
    this.token = token;
    return this;
  }

  /**
   * Tokens accepted besides {@link #token}, so that ClassPass's token can be rotated without
   * downtime: give the new one as the token and keep the old one here until ClassPass has
   * switched. Default none.
   *
   * @param tokens the other accepted tokens; never null, none blank
   * @return this builder
   * @throws IllegalArgumentException when one is blank
   */
  public PartnerApiHandlerBuilder previousTokens(List<String> tokens) {
    Objects.requireNonNull(tokens, "tokens");
    for (String previous : tokens) {
      Objects.requireNonNull(previous, "tokens must not contain null");
      if (previous.isBlank()) {
        throw new IllegalArgumentException("token must not be blank");
      }
    }
    this.previousTokens = List.copyOf(tokens);
    return this;
  }

  /**
   * Told about every call refused for a missing or wrong token (for a metric); default none. The
   * handler also logs such refusals at WARN, at most once a minute, never with the token.
   *
   * @param listener the listener; never null
   * @return this builder
   */
  public PartnerApiHandlerBuilder refusedCallListener(RefusedCallListener listener) {
    this.refusedCalls = Objects.requireNonNull(listener, "listener");
    return this;
  }

  /**
   * Adds a listener told about every call to an endpoint and its answer's status (for the
   * operations status: the last call from ClassPass); default none. Every listener added is told,
   * in the order added ({@code ClassPassIntegration} adds its own after the host's).
   *
   * @param listener the listener; never null
   * @return this builder
   */
  public PartnerApiHandlerBuilder answeredCallListener(AnsweredCallListener listener) {
    this.answeredCalls.add(Objects.requireNonNull(listener, "listener"));
    return this;
  }

  /**
   * Told about every request, with its route template and answer, for timers and traces; default
   * {@link PartnerApiObserver#none()}. The Spring Boot starter sets one that records Micrometer
   * observations.
   *
   * @param observer the observer; never null
   * @return this builder
   */
  public PartnerApiHandlerBuilder observer(PartnerApiObserver observer) {
    this.observer = Objects.requireNonNull(observer, "observer");
    return this;
  }

  /**
   * Where the endpoints live, e.g. {@code /classpass}; default the root. Normalised: one leading
   * slash, no trailing or repeated slashes; {@code ""} and {@code "/"} are the root.
   *
   * @param basePath the base path, as written (not percent-encoded); never null
   * @return this builder
   */
  public PartnerApiHandlerBuilder basePath(String basePath) {
    this.basePath = RequestPath.normaliseBasePath(Objects.requireNonNull(basePath, "basePath"));
    return this;
  }

  /**
   * The booking rules: reservations, cancellations, attendance and availability; required.
   *
   * @param bookingServices the services; never null
   * @return this builder
   */
  public PartnerApiHandlerBuilder bookingServices(BookingServices bookingServices) {
    this.bookingServices = Objects.requireNonNull(bookingServices, "bookingServices");
    return this;
  }

  /**
   * The host's class sessions, listed as schedules; required. The same repository the booking
   * services use.
   *
   * @param sessions the repository; never null
   * @return this builder
   */
  public PartnerApiHandlerBuilder sessions(ClassSessionRepository sessions) {
    this.sessions = Objects.requireNonNull(sessions, "sessions");
    return this;
  }

  /**
   * The host's partners and venues; required.
   *
   * @param partners the directory; never null
   * @return this builder
   */
  public PartnerApiHandlerBuilder partners(PartnerDirectory partners) {
    this.partners = Objects.requireNonNull(partners, "partners");
    return this;
  }


  /**
   * Decides which sessions can be published; sessions with a problem are not listed. Default {@code
   * new PreflightCheck()}.
   *
   * @param preflightCheck the check; never null
   * @return this builder
   */
  public PartnerApiHandlerBuilder preflightCheck(PreflightCheck preflightCheck) {
    this.preflightCheck = Objects.requireNonNull(preflightCheck, "preflightCheck");
    return this;
  }

  /**
   * The largest request body accepted; larger ones answer 413 after reading one byte more than
   * this, never the whole body. Default {@value #DEFAULT_MAX_BODY_BYTES}.
   *
   * @param maxBodyBytes the limit in bytes; at least 1
   * @return this builder
   * @throws IllegalArgumentException when below 1
   */
  public PartnerApiHandlerBuilder maxBodyBytes(int maxBodyBytes) {
    if (maxBodyBytes < 1 || maxBodyBytes == Integer.MAX_VALUE) {
      throw new IllegalArgumentException(
          "maxBodyBytes must be from 1 to 2^31-2, was " + maxBodyBytes);
    }
    this.maxBodyBytes = maxBodyBytes;
    return this;
  }

  /**
   * The most days one schedules request may cover, {@code start_date} and {@code end_date}
   * included; a longer range answers 400. It bounds the work of one request, because listing has to
   * read the whole range. Default {@value #DEFAULT_MAX_SCHEDULE_DAYS}.
   *
   * @param maxScheduleDays the limit in days; at least 1
   * @return this builder
   * @throws IllegalArgumentException when below 1
   */
  public PartnerApiHandlerBuilder maxScheduleDays(int maxScheduleDays) {
    if (maxScheduleDays < 1) {
      throw new IllegalArgumentException("maxScheduleDays must be >= 1, was " + maxScheduleDays);
    }
    this.maxScheduleDays = maxScheduleDays;
    return this;
  }

  /**
   * The clock of the default schedule mapper and of the plausible range of schedule dates (a year
   * back to five years ahead of its today); it should be the booking services' clock. Default the
   * UTC system clock.
   *
   * @param clock the clock; never null
   * @return this builder
   */
  public PartnerApiHandlerBuilder clock(Clock clock) {
    this.clock = Objects.requireNonNull(clock, "clock");
    return this;
  }

  /**
   * Builds the handler.
   *
   * @return the handler; never null
   * @throws IllegalStateException when the token, booking services, sessions or partners are
   *     missing
   */
  public PartnerApiHandler build() {
    require(token, "token");
    require(bookingServices, "bookingServices");
    require(sessions, "sessions");
    require(partners, "partners");
    return new PartnerApiHandler(this);
  }

  private static void require(Object value, String name) {
    if (value == null) {
      throw new IllegalStateException(name + " is required: call " + name + "(…) before build()");
    }
  }

  /** Prints the settings; never the token. */
  @Override
  public String toString() {
    return "PartnerApiHandlerBuilder[basePath="
        + basePath
        + ", maxBodyBytes="
        + maxBodyBytes
        + ", maxScheduleDays="
        + maxScheduleDays
        + ", token="
        + (token == null ? "(unset)" : "(hidden)")
        + "]";
  }
}
