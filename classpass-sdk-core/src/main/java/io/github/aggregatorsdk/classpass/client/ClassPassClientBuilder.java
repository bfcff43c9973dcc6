package io.github.aggregatorsdk.classpass.client;

import io.github.aggregatorsdk.classpass.model.ClassPassJson;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * Configures and builds a {@link ClassPassClient}; get one from {@link ClassPassClient#builder()}.
 *
 * <p>Required: where to connect ({@link #environment(Environment)} or {@link #baseUrl(URI)},
 * whichever was called last wins) and the {@link #accessToken(String) access token}. Defaults:
 * connect timeout 5 s, read timeout 10 s, attempt timeout connect + read timeout (15 s), {@link
 * RetrySettings#defaults()}, total timeout the worst case of the retry schedule (63.5 s, see {@link
 * CallLimits#of}), batch size 100. Setters
 * reject bad values at once; {@link #build()} rejects missing ones. Not thread-safe; the built
 * client does not change when the builder is changed afterwards. {@link #toString()} never prints
 * the token.
 */
public final class ClassPassClientBuilder {

  private static final Set<String> LOOPBACK_HOSTS = Set.of("localhost", "127.0.0.1", "[::1]");

  private URI baseUrl;
  private String accessToken;
  private Duration connectTimeout = Duration.ofSeconds(5);
  private Duration readTimeout = Duration.ofSeconds(10);
  private Duration attemptTimeout;
  private Duration totalTimeout;
  private RetrySettings retry = RetrySettings.defaults();
  private int batchSize = 100;
  private Clock clock = Clock.systemUTC();
  private Sleeper sleeper = Sleeper.SYSTEM;
  private RandomGenerator random;
  private ClassPassCallObserver observer = ClassPassCallObserver.none();

  ClassPassClientBuilder() {}

  /**
   * Connects to a ClassPass environment; replaces an earlier {@link #baseUrl(URI)}.
   *
   * @param environment sandbox or production; never null
   * @return this builder
   * @throws NullPointerException if {@code environment} is null
   */
  public ClassPassClientBuilder environment(Environment environment) {
    this.baseUrl = Objects.requireNonNull(environment, "environment").baseUrl();
    return this;
  }

  /**
   * Connects to this base URL instead of an environment's, e.g. a proxy or a local simulator;
   * replaces an earlier {@link #environment(Environment)}. Request paths such as {@code
   * /v1/inventory/updates} are appended to it.
   *
   * @param baseUrl an absolute {@code https} URL, or {@code http} on {@code localhost}, {@code
   *     127.0.0.1} or {@code [::1]}; without user info, query or fragment; never null
   * @return this builder
   * @throws NullPointerException if {@code baseUrl} is null
   * @throws IllegalArgumentException if {@code baseUrl} breaks one of these rules
   */
  public ClassPassClientBuilder baseUrl(URI baseUrl) {
    this.baseUrl = checkBaseUrl(Objects.requireNonNull(baseUrl, "baseUrl"));
    return this;
  }

  /**
   * The token ClassPass issued, sent as {@code Authorization: Token <token>}.
   *
   * @param accessToken the token; never null or blank, no whitespace or control characters
   * @return this builder
   * @throws NullPointerException if {@code accessToken} is null
   * @throws IllegalArgumentException if {@code accessToken} is blank or has whitespace or control
   *     characters (the message never shows the token)
   */
  public ClassPassClientBuilder accessToken(String accessToken) {
    Objects.requireNonNull(accessToken, "accessToken");
    if (accessToken.isBlank()) {
      throw new IllegalArgumentException("accessToken must not be blank");
    }
    if (accessToken.chars().anyMatch(c -> c <= ' ' || c == 0x7f)) {
      throw new IllegalArgumentException(
          "accessToken must not contain whitespace or control characters");
    }
    this.accessToken = accessToken;
    return this;
  }

  /**
   * How long to wait for a connection to be established; default 5 seconds.
   *
   * @param connectTimeout a positive duration; never null
   * @return this builder
   * @throws NullPointerException if {@code connectTimeout} is null
   * @throws IllegalArgumentException if {@code connectTimeout} is zero or negative
   */
  public ClassPassClientBuilder connectTimeout(Duration connectTimeout) {
    this.connectTimeout = positive(connectTimeout, "connectTimeout");
    return this;
  }

  /**
   * How long to wait for the answer's status and headers once a request is sent; default 10
   * seconds. An attempt that times out counts as a connection error and is retried. The body that
   * follows is bounded by the {@link #attemptTimeout(Duration) attempt timeout}.
   *
   * @param readTimeout a positive duration; never null
   * @return this builder
   * @throws NullPointerException if {@code readTimeout} is null
   * @throws IllegalArgumentException if {@code readTimeout} is zero or negative
   */
  public ClassPassClientBuilder readTimeout(Duration readTimeout) {
    this.readTimeout = positive(readTimeout, "readTimeout");
    return this;
  }

  /**
   * The longest one attempt may take, from connecting to the last byte of the answer's body; by
   * default the connect timeout plus the read timeout. Unlike the read timeout, which ends once the
   * headers are in, this also bounds a body that ClassPass (or a proxy) stalls or trickles. An
   * attempt that runs out fails as {@link ClassPassConnectionException} and is retried.
   *
   * @param attemptTimeout a positive duration; never null
   * @return this builder
   * @throws NullPointerException if {@code attemptTimeout} is null
   * @throws IllegalArgumentException if {@code attemptTimeout} is zero or negative
   */
  public ClassPassClientBuilder attemptTimeout(Duration attemptTimeout) {
    this.attemptTimeout = positive(attemptTimeout, "attemptTimeout");
    return this;
  }

  /**
   * The longest one call may take, every attempt and every wait between them included; by default
   * the worst case of the retry schedule: {@code maxAttempts × attemptTimeout} plus the backoff
   * ceilings of the waits (63.5 s with the other defaults, see {@link CallLimits#of}). An attempt
   * is cut short at this deadline, and a wait that would pass it is not made: the last failure is
   * thrown instead.
   *
   * @param totalTimeout a positive duration; never null
   * @return this builder
   * @throws NullPointerException if {@code totalTimeout} is null
   * @throws IllegalArgumentException if {@code totalTimeout} is zero or negative
   */
  public ClassPassClientBuilder totalTimeout(Duration totalTimeout) {
    this.totalTimeout = positive(totalTimeout, "totalTimeout");
    return this;
  }

  /**
   * How failed calls are retried; default {@link RetrySettings#defaults()}.
   *
   * @param retry the settings; never null ({@link RetrySettings#disabled()} for no retries)
   * @return this builder
   * @throws NullPointerException if {@code retry} is null
   */
  public ClassPassClientBuilder retry(RetrySettings retry) {
    this.retry = Objects.requireNonNull(retry, "retry");
    return this;
  }

  /**
   * How many events {@link ClassPassClient#pushUpdates} sends per request; default 100. ClassPass's
   * own limit is not public: lower this if it rejects large batches.
   *
   * @param batchSize at least 1
   * @return this builder
   * @throws IllegalArgumentException if {@code batchSize} is below 1
   */
  public ClassPassClientBuilder batchSize(int batchSize) {
    if (batchSize < 1) {
      throw new IllegalArgumentException("batchSize must be at least 1: " + batchSize);
    }
    this.batchSize = batchSize;
    return this;
  }

  /**
   * Told about every call the client makes, with its endpoint and how it ended, for timers and
   * traces; default {@link ClassPassCallObserver#none()}. The Spring Boot starter sets one that
   * records Micrometer observations.
   *
   * @param observer the observer; never null
   * @return this builder
   * @throws NullPointerException if {@code observer} is null
   */
  public ClassPassClientBuilder observer(ClassPassCallObserver observer) {
    this.observer = Objects.requireNonNull(observer, "observer");
    return this;
  }

  /** The clock an HTTP-date {@code Retry-After} is measured from; for tests. */
  ClassPassClientBuilder clock(Clock clock) {
    this.clock = Objects.requireNonNull(clock, "clock");
    return this;
  }

  /** How the client waits between attempts; for tests, which must not sleep. */
  ClassPassClientBuilder sleeper(Sleeper sleeper) {
    this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
    return this;
  }

  /** Where the backoff's jitter comes from; for tests. */
  ClassPassClientBuilder random(RandomGenerator random) {
    this.random = Objects.requireNonNull(random, "random");
    return this;
  }

  /**
   * The time limits the client built now would have, defaults filled in; e.g. to size a lease from
   * {@link CallLimits#maxCallTime()} before building.
   *
   * @return the limits; never null
   */
  public CallLimits callLimits() {
    CallLimits derived =
        CallLimits.of(
            attemptTimeout != null ? attemptTimeout : connectTimeout.plus(readTimeout), retry);
    return totalTimeout == null
        ? derived
        : new CallLimits(derived.attemptTimeout(), totalTimeout, retry);
  }

  /**
   * Builds the client.
   *
   * @return a new, thread-safe client; never null
   * @throws IllegalStateException if no environment or base URL, or no access token, was set
   */
  public ClassPassClient build() {
    if (baseUrl == null) {
      throw new IllegalStateException(
          "No ClassPass base URL: call environment(Environment) or baseUrl(URI)");
    }
    if (accessToken == null) {
      throw new IllegalStateException("No ClassPass access token: call accessToken(String)");
    }
    CallLimits limits = callLimits();
    InventoryApi api =
        InventoryApiFactory.create(
            baseUrl,
            accessToken,
            connectTimeout,
            readTimeout,
            limits.attemptTimeout(),
            ClassPassJson.newObjectMapper(),
            clock);
    return new DefaultClassPassClient(api, limits, random, sleeper, batchSize, observer);
  }

  /** Shows the configuration with the access token masked. */
  @Override
  public String toString() {
    return "ClassPassClientBuilder[baseUrl="
        + baseUrl
        + ", accessToken="
        + (accessToken == null ? "(not set)" : "****")
        + ", connectTimeout="
        + connectTimeout
        + ", readTimeout="
        + readTimeout
        + ", attemptTimeout="
        + (attemptTimeout == null ? "(connect + read)" : attemptTimeout)
        + ", totalTimeout="
        + (totalTimeout == null ? "(from retries)" : totalTimeout)
        + ", retry="
        + retry
        + ", batchSize="
        + batchSize
        + "]";
  }

  private static URI checkBaseUrl(URI url) {
    // Messages name the host at most: a URL with user info may hold credentials.
    if (!url.isAbsolute() || url.getHost() == null) {
      throw new IllegalArgumentException("baseUrl must be an absolute URL with a host");
    }
    if (url.getRawUserInfo() != null || url.getRawQuery() != null || url.getRawFragment() != null) {
      throw new IllegalArgumentException(
          "baseUrl must not have user info, a query or a fragment (host " + url.getHost() + ")");
    }
    String scheme = url.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("https") && !scheme.equals("http")) {
      throw new IllegalArgumentException("baseUrl must use https, not " + scheme);
    }
    String host = url.getHost().toLowerCase(Locale.ROOT);
    if (scheme.equals("http") && !LOOPBACK_HOSTS.contains(host)) {
      throw new IllegalArgumentException(
          "baseUrl must use https: plain http is allowed only on localhost, 127.0.0.1 or [::1], not"
              + " on "
              + host);
    }
    String path = url.getRawPath() == null ? "" : url.getRawPath().replaceAll("/+$", "");
    return URI.create(scheme + "://" + url.getRawAuthority() + path);
  }

  private static Duration positive(Duration duration, String name) {
    Objects.requireNonNull(duration, name);
    if (duration.isNegative() || duration.isZero()) {
      throw new IllegalArgumentException(name + " must be positive: " + duration);
    }
    return duration;
  }
}
