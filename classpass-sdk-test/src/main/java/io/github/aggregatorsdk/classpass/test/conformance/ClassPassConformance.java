package io.github.aggregatorsdk.classpass.test.conformance;

import io.github.aggregatorsdk.classpass.test.FakeClassPass;
import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * Plays ClassPass against a host's partner API and reports, check by check, where the host
 * answers otherwise than the contract says: discovery and formats, paging, authentication,
 * reservations (up to a parallel race for the last spots), cancellations, attendance, a class the
 * studio cancels, and hostile input. Each check has an id (for example {@code RES-6}), a one-line
 * description and, on failure, what was expected and what came back; {@code docs/testing.md}
 * explains every id.
 *
 * <p>In a host's own tests, with a {@link ConformanceHost} that makes classes and acts as staff:
 *
 * <pre>{@code
 * ClassPassConformance.forHost(baseUrl, token, host)
 *     .withFakeClassPass(fakeClassPass)
 *     .run()
 *     .assertPassed();
 * }</pre>
 *
 * <p>Without a host ({@link #forUrl}, and the command line), the checks that need one are
 * skipped; the others book nothing. Not thread-safe: one run at a time per instance.
 */
public final class ClassPassConformance {

  /** How soon a {@link ConformanceHost.Timing#STARTING_SOON} class starts, at most. */
  public static final Duration STARTING_SOON = Duration.ofSeconds(3);

  private final String baseUrl;
  private final String token;
  private final ConformanceHost host;
  private FakeClassPass fake;
  private int raceSpots = 3;
  private int raceRequests = 12;

  private ClassPassConformance(String baseUrl, String token, ConformanceHost host) {
    this.baseUrl = Objects.requireNonNull(baseUrl, "baseUrl");
    this.token = Objects.requireNonNull(token, "token");
    this.host = host;
    URI uri = URI.create(baseUrl);
    if (uri.getScheme() == null || uri.getHost() == null) {
      throw new IllegalArgumentException("baseUrl must be an http(s) URL: " + baseUrl);
    }
  }

  /**
   * A runner for a host's partner API with the host's help for the checks that need it.
   *
   * @param baseUrl the partner API's base URL, for example {@code http://127.0.0.1:8080/classpass};
   *     never null
   * @param token the token ClassPass sends; never null
   * @param host makes classes and acts as staff; never null
   * @return the runner; never null
   */
  public static ClassPassConformance forHost(String baseUrl, String token, ConformanceHost host) {
    return new ClassPassConformance(baseUrl, token, Objects.requireNonNull(host, "host"));
  }

  /**
   * A runner for a deployed partner API: the checks that need a {@link ConformanceHost} are
   * skipped, and nothing is booked.
   *
   * @param baseUrl the partner API's base URL; never null
   * @param token the token ClassPass sends; never null
   * @return the runner; never null
   */
  public static ClassPassConformance forUrl(String baseUrl, String token) {
    return new ClassPassConformance(baseUrl, token, null);
  }

  /**
   * Also checks that a class the host cancels reaches this fake ClassPass with {@code
   * is_cancelled: true} (the host's client must push to it).
   *
   * @param fake the fake the host pushes to; never null
   * @return this runner
   */
  public ClassPassConformance withFakeClassPass(FakeClassPass fake) {
    this.fake = Objects.requireNonNull(fake, "fake");
    return this;
  }

  /**
   * Sets the race of check {@code RES-6}: {@code requests} parallel reservations for a class with
   * {@code spots} free ClassPass spots (default 3 and 12).
   *
   * @param spots at least 1
   * @param requests more than {@code spots}
   * @return this runner
   */
  public ClassPassConformance withRace(int spots, int requests) {
    if (spots < 1 || requests <= spots) {
      throw new IllegalArgumentException("need 1 <= spots < requests, got " + spots + ", "
          + requests);
    }
    this.raceSpots = spots;
    this.raceRequests = requests;
    return this;
  }

  /**
   * Runs every check, in order, on this thread.
   *
   * @return the report; never null
   */
  public ConformanceReport run() {
    PartnerApiCalls calls = new PartnerApiCalls(baseUrl, token);
    ConformanceRun run = new ConformanceRun(calls, host, fake,
        new ConformanceRun.Settings(raceSpots, raceRequests));
    AuthChecks.run(run, token);
    DiscoveryChecks.run(run);
    ReservationChecks.run(run);
    CancellationChecks.run(run);
    ClassCancelledChecks.run(run);
    HostileInputChecks.run(run);
    return new ConformanceReport(calls.baseUrl(), run.results());
  }
}
