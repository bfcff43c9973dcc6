package io.github.aggregatorsdk.classpass.benchmarks.reservations;

import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;

/**
 * The load generator's command line. Either {@code --in-process}, or {@code --base-url} and
 * {@code --token} of a running partner API; the rest has defaults.
 */
record LoadSettings(
    boolean inProcess,
    URI baseUrl,
    String token,
    String partnerId,
    String venueId,
    List<String> classIds,
    int clients,
    int requests,
    int warmUp,
    LocalDate from,
    LocalDate to,
    int inProcessClasses,
    int inProcessCapacity) {

  static final String USAGE = String.join("\n",
      "Usage: ReservationLoad --in-process [options]",
      "       ReservationLoad --base-url URL --token TOKEN [options]",
      "  --base-url URL       where the partner API is served, e.g. http://localhost:8080/classpass",
      "  --token TOKEN        the token ClassPass sends (the host's partner API token)",
      "  --partner ID         partner id (default: the first the API lists)",
      "  --venue ID           venue id (default: the partner's first venue)",
      "  --classes A,B,...    class (schedule) ids to book (default: every listed class with free"
          + " spots)",
      "  --clients N          concurrent clients (default 16)",
      "  --requests N         measured reservations (default 20000)",
      "  --warm-up N          reservations sent before measuring (default 2000)",
      "  --from YYYY-MM-DD    first day of the schedules read (default: yesterday, UTC)",
      "  --to YYYY-MM-DD      last day (default: 90 days from today; at most 92 days in all)",
      "  --in-process         serve the SDK's PartnerApiServer over an in-memory studio here",
      "  --in-process-classes N, --in-process-capacity N   its classes (default 100 of 200 spots)");

  /**
   * @throws IllegalArgumentException with a message for the user when the line is wrong
   */
  static LoadSettings parse(String... args) {
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    boolean inProcess = false;
    URI baseUrl = null;
    String token = null;
    String partner = null;
    String venue = null;
    List<String> classes = List.of();
    int clients = 16;
    int requests = 20_000;
    int warmUp = 2_000;
    LocalDate from = today.minusDays(1);
    LocalDate to = today.plusDays(90);
    int inProcessClasses = 100;
    int inProcessCapacity = 200;
    for (int i = 0; i < args.length; i++) {
      String option = args[i];
      if (option.equals("--in-process")) {
        inProcess = true;
        continue;
      }
      if (i + 1 >= args.length) {
        throw new IllegalArgumentException(option + " needs a value");
      }
      String value = args[++i];
      switch (option) {
        case "--base-url" -> baseUrl = URI.create(value);
        case "--token" -> token = value;
        case "--partner" -> partner = value;
        case "--venue" -> venue = value;
        case "--classes" -> classes = Arrays.stream(value.split(",")).map(String::trim)
            .filter(id -> !id.isEmpty()).toList();
        case "--clients" -> clients = positive(option, value);
        case "--requests" -> requests = positive(option, value);
        case "--warm-up" -> warmUp = notNegative(option, value);
        case "--from" -> from = LocalDate.parse(value);
        case "--to" -> to = LocalDate.parse(value);
        case "--in-process-classes" -> inProcessClasses = positive(option, value);
        case "--in-process-capacity" -> inProcessCapacity = positive(option, value);
        default -> throw new IllegalArgumentException("unknown option " + option);
      }
    }
    if (inProcess) {
      token = token == null ? "load-test-token" : token;
    } else if (baseUrl == null || token == null) {
      throw new IllegalArgumentException("give --base-url and --token, or --in-process");
    }
    return new LoadSettings(inProcess, baseUrl, token, partner, venue, classes, clients,
        requests, warmUp, from, to, inProcessClasses, inProcessCapacity);
  }

  /** These settings pointed at a server started here. */
  LoadSettings at(URI url, List<String> ids) {
    return new LoadSettings(inProcess, url, token, partnerId, venueId, ids, clients, requests,
        warmUp, from, to, inProcessClasses, inProcessCapacity);
  }

  private static int notNegative(String option, String value) {
    int number = Integer.parseInt(value);
    if (number < 0) {
      throw new IllegalArgumentException(option + " must not be negative");
    }
    return number;
  }

  private static int positive(String option, String value) {
    int number = Integer.parseInt(value);
    if (number < 1) {
      throw new IllegalArgumentException(option + " must be at least 1");
    }
    return number;
  }
}
