package io.github.aggregatorsdk.classpass.benchmarks.reservations;

import io.github.aggregatorsdk.classpass.benchmarks.reservations.PartnerApiCalls.ClassSlots;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * P3, inbound reservations: {@code --clients} concurrent clients (16) make reservations through
 * the partner API over HTTP, as ClassPass does, and report throughput and latency percentiles;
 * afterwards the schedules and attendance are read back to check that no class was overbooked
 * ({@link CapacityCheck}). Runs against any partner API — the studio app's, or with {@code
 * --in-process} the SDK's {@code PartnerApiServer} over an in-memory studio — see {@link
 * LoadSettings#USAGE}. Exits with 1 when a class was overbooked or a reservation was refused for
 * another reason than a full class, 2 on a wrong command line.
 */
public final class ReservationLoad {

  /** The contract's code for "no spot left for ClassPass". */
  static final int NO_CAPACITY = 4003;

  private ReservationLoad() {}

  public static void main(String[] args) throws InterruptedException {
    LoadSettings settings;
    try {
      settings = LoadSettings.parse(args);
    } catch (RuntimeException e) {
      System.err.println(e.getMessage());
      System.err.println(LoadSettings.USAGE);
      System.exit(2);
      return;
    }
    Report report;
    if (settings.inProcess()) {
      try (InProcessStudio studio = InProcessStudio.start(
          settings.inProcessClasses(), settings.inProcessCapacity(), settings.token())) {
        report = run(settings.at(studio.baseUrl(), studio.classIds()));
      }
    } else {
      report = run(settings);
    }
    report.print();
    System.exit(report.passed() ? 0 : 1);
  }

  /** Runs the load and the check. */
  static Report run(LoadSettings settings) throws InterruptedException {
    PartnerApiCalls api = new PartnerApiCalls(settings.baseUrl(), settings.token());
    String partner = settings.partnerId() != null ? settings.partnerId() : api.firstPartner();
    String venue = settings.venueId() != null ? settings.venueId() : api.firstVenue(partner);
    Map<String, ClassSlots> before = targets(api, settings, partner, venue);
    if (before.isEmpty()) {
      throw new IllegalStateException("no class with free spots to book between "
          + settings.from() + " and " + settings.to());
    }
    String runId = "load-" + Long.toString(System.currentTimeMillis(), 36);
    LoadGenerator generator = new LoadGenerator(
        api, partner, venue, List.copyOf(before.keySet()), settings.clients());
    LoadGenerator.Result warmUp = settings.warmUp() > 0
        ? generator.run(settings.warmUp(), runId + "-w") : null;
    LoadGenerator.Result measured = generator.run(settings.requests(), runId + "-m");

    Map<String, Long> booked = new HashMap<>(measured.bookedByClass());
    if (warmUp != null) {
      warmUp.bookedByClass().forEach((id, count) -> booked.merge(id, count, Long::sum));
    }
    Map<String, ClassSlots> after = byId(api.schedules(partner, venue, settings.from(),
        settings.to()));
    Map<String, Long> enrolled = new HashMap<>();
    for (String id : before.keySet()) {
      long count = api.attendance(partner, venue, id).stream()
          .filter(entry -> entry.reservationId().startsWith(runId))
          .filter(entry -> entry.status().equals("ENROLLED"))
          .count();
      enrolled.put(id, count);
    }
    List<String> violations = CapacityCheck.violations(before, after, booked, enrolled);
    return new Report(settings, partner, venue, before, warmUp, measured, violations);
  }

  private static Map<String, ClassSlots> targets(
      PartnerApiCalls api, LoadSettings settings, String partner, String venue) {
    Map<String, ClassSlots> listed =
        byId(api.schedules(partner, venue, settings.from(), settings.to()));
    if (settings.classIds().isEmpty()) {
      return listed.values().stream()
          .filter(slots -> slots.availableSpots() > 0)
          .collect(Collectors.toMap(ClassSlots::id, s -> s, (a, b) -> a, LinkedHashMap::new));
    }
    Map<String, ClassSlots> targets = new LinkedHashMap<>();
    for (String id : settings.classIds()) {
      ClassSlots slots = listed.get(id);
      if (slots == null) {
        throw new IllegalStateException("class " + id + " is not listed between "
            + settings.from() + " and " + settings.to());
      }
      targets.put(id, slots);
    }
    return targets;
  }

  private static Map<String, ClassSlots> byId(List<ClassSlots> classes) {
    Map<String, ClassSlots> byId = new LinkedHashMap<>();
    classes.forEach(slots -> byId.put(slots.id(), slots));
    return byId;
  }

  /** What a run measured and found. */
  record Report(LoadSettings settings, String partner, String venue,
      Map<String, ClassSlots> before, LoadGenerator.Result warmUp, LoadGenerator.Result measured,
      List<String> violations) {

    /** Refusals other than "class full", by code. */
    Map<Integer, Long> unexpectedRefusals() {
      Map<Integer, Long> unexpected = new HashMap<>(measured.refusedByCode());
      if (warmUp != null) {
        warmUp.refusedByCode().forEach((code, count) -> unexpected.merge(code, count, Long::sum));
      }
      unexpected.remove(NO_CAPACITY);
      return unexpected;
    }

    boolean passed() {
      return violations.isEmpty() && unexpectedRefusals().isEmpty();
    }

    void print() {
      int spots = before.values().stream().mapToInt(ClassSlots::availableSpots).sum();
      System.out.printf(Locale.ROOT,
          "P3 reservations through %s: partner %s, venue %s, %d classes with %,d spots available,"
              + " %d clients%n",
          settings.baseUrl(), partner, venue, before.size(), spots, settings.clients());
      if (warmUp != null) {
        System.out.printf(Locale.ROOT, "  warm-up: %,d requests (%,d booked), not measured%n",
            warmUp.requests(), warmUp.booked());
      }
      System.out.printf(Locale.ROOT,
          "  measured: %,d requests in %.2f s = %,.0f reservations/s; %,d booked, %,d refused as"
              + " full (%d)%n",
          measured.requests(), measured.elapsedNanos() / 1e9, measured.perSecond(),
          measured.booked(), measured.refused(NO_CAPACITY), NO_CAPACITY);
      System.out.printf(Locale.ROOT,
          "  latency per request (closed loop): p50 %.2f ms, p90 %.2f ms, p99 %.2f ms,"
              + " p99.9 %.2f ms, max %.2f ms%n",
          measured.millisAt(50), measured.millisAt(90), measured.millisAt(99),
          measured.millisAt(99.9), measured.latencies().getMaxValue() / 1e6);
      if (!unexpectedRefusals().isEmpty()) {
        System.out.println("  UNEXPECTED refusals by code: " + unexpectedRefusals());
      }
      if (violations.isEmpty()) {
        System.out.printf(Locale.ROOT,
            "  capacity check over %d classes: OK, no class overbooked; attendance and available"
                + " spots match the confirmations%n", before.size());
      } else {
        System.out.println("  capacity check FAILED:");
        violations.forEach(line -> System.out.println("    " + line));
      }
      System.out.printf(Locale.ROOT,
          "P3 result: %,.0f reservations/s, p50 %.2f ms, p99 %.2f ms, overbooked classes: %s"
              + " (goal: >= 1,000/s, p99 <= 50 ms, never overbooked)%n",
          measured.perSecond(), measured.millisAt(50), measured.millisAt(99),
          violations.isEmpty() ? "none" : violations.size() + " problems");
    }
  }
}
