package io.github.aggregatorsdk.classpass.benchmarks.reservations;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.aggregatorsdk.classpass.benchmarks.reservations.PartnerApiCalls.AttendanceEntry;
import io.github.aggregatorsdk.classpass.benchmarks.reservations.PartnerApiCalls.ClassState;
import io.github.aggregatorsdk.classpass.benchmarks.reservations.PartnerApiCalls.Reply;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;

/**
 * The Java side of {@code benchmarks/crash-recovery.sh}, three commands:
 *
 * <ul>
 *   <li>{@code free-port}: prints a free loopback port (the app keeps one port across restarts);
 *   <li>{@code wait-serving}: waits up to {@code --timeout} seconds until the partner API at
 *       {@code --base-url} lists a partner; exits 1 if it does not, or as soon as process {@code
 *       --pid} ends;
 *   <li>{@code load}: books without pause from {@code --clients} threads into the classes the
 *       app offers, cancels some of the bookings, and behaves like ClassPass: a reservation or
 *       cancellation whose answer was lost (connection refused or reset, timeout, 5xx) is sent
 *       again, same id and body, until it gets a 2xx or 4xx answer, across the app's restarts.
 *       It stops when {@code --stop-file} appears, after every pending request was answered, and
 *       writes each reservation's outcome to {@code --out};
 *   <li>{@code check}: waits up to {@code --timeout} seconds for the stand-in ClassPass to hold,
 *       for every class the app lists, the app's own {@code available_spots} and {@code
 *       is_cancelled}; then checks that no class is overbooked, no reservation id is listed twice,
 *       every confirmed reservation is listed with the status its last answer gave and no refused
 *       one is listed. Prints PASS or FAIL; exits 1 on FAIL.
 * </ul>
 */
final class CrashRecovery {

  /** How long one request is redelivered before the load gives up on it. */
  private static final Duration DELIVERY_LIMIT = Duration.ofMinutes(4);

  private CrashRecovery() {}

  public static void main(String[] args) throws Exception {
    if (args.length == 0) {
      System.err.println("Usage: CrashRecovery free-port | load OPTIONS | check OPTIONS");
      System.exit(2);
    }
    Map<String, String> options = new HashMap<>();
    for (int i = 1; i + 1 < args.length; i += 2) {
      options.put(args[i], args[i + 1]);
    }
    switch (args[0]) {
      case "free-port" -> {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
          System.out.println(socket.getLocalPort());
        }
      }
      case "wait-serving" -> System.exit(waitServing(options));
      case "load" -> System.exit(load(options));
      case "check" -> System.exit(check(options));
      default -> {
        System.err.println("unknown command " + args[0]);
        System.exit(2);
      }
    }
  }

  private static String required(Map<String, String> options, String name) {
    String value = options.get(name);
    if (value == null) {
      throw new IllegalArgumentException("missing " + name);
    }
    return value;
  }

  private static PartnerApiCalls api(Map<String, String> options) {
    return new PartnerApiCalls(URI.create(required(options, "--base-url")),
        required(options, "--token"));
  }

  private static LocalDate from() {
    return LocalDate.now(ZoneOffset.UTC).minusDays(1);
  }

  private static LocalDate to() {
    return LocalDate.now(ZoneOffset.UTC).plusDays(60);
  }

  /** A class the app offers, with where it is. */
  private record Offered(String partnerId, String venueId, ClassState state) {}

  /** Every class the app lists now, by id. */
  private static Map<String, Offered> offered(PartnerApiCalls api) {
    Map<String, Offered> classes = new TreeMap<>();
    for (String partner : api.partners()) {
      for (String venue : api.venues(partner)) {
        for (ClassState state : api.classStates(partner, venue, from(), to())) {
          classes.put(state.id(), new Offered(partner, venue, state));
        }
      }
    }
    return classes;
  }

  private static int waitServing(Map<String, String> options) throws InterruptedException {
    PartnerApiCalls api = api(options);
    long pid = Long.parseLong(required(options, "--pid"));
    long deadline = System.currentTimeMillis()
        + Long.parseLong(options.getOrDefault("--timeout", "120")) * 1000;
    while (System.currentTimeMillis() < deadline) {
      if (ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false) == Boolean.FALSE) {
        System.out.println("!! the app (process " + pid + ") ended");
        return 1;
      }
      try {
        if (!api.partners().isEmpty()) {
          return 0;
        }
      } catch (RuntimeException notYet) {
        // not listening yet, or not ready: ask again
      }
      Thread.sleep(250);
    }
    System.out.println("!! the app does not serve after " + options.get("--timeout") + " s");
    return 1;
  }

  // ---------------------------------------------------------------------------------------- load

  /** What ClassPass last heard for one reservation. */
  private enum Outcome { BOOKED, REFUSED, CANCELLED, CANCEL_REFUSED, UNANSWERED }

  private static int load(Map<String, String> options) throws Exception {
    PartnerApiCalls api = api(options);
    Path stopFile = Path.of(required(options, "--stop-file"));
    Path out = Path.of(required(options, "--out"));
    int clients = Integer.parseInt(options.getOrDefault("--clients", "4"));
    int cancelPercent = Integer.parseInt(options.getOrDefault("--cancel-percent", "20"));
    long maxMillis = Long.parseLong(options.getOrDefault("--max-seconds", "900")) * 1000;
    String prefix = options.getOrDefault("--id-prefix", "cr" + System.currentTimeMillis() % 100000);
    List<Offered> classes = List.copyOf(offered(api).values());
    if (classes.isEmpty()) {
      System.err.println("!! the app offers no class to ClassPass");
      return 1;
    }
    System.out.println("load: " + clients + " clients booking into " + classes.size()
        + " classes, " + cancelPercent + "% of bookings cancelled");
    Map<String, String[]> outcomes = new ConcurrentHashMap<>(); // id -> {class, outcome, code}
    Map<String, LongAdder> counts = new ConcurrentHashMap<>();
    AtomicInteger next = new AtomicInteger();
    long deadline = System.currentTimeMillis() + maxMillis;
    List<Thread> threads = new ArrayList<>();
    for (int c = 0; c < clients; c++) {
      threads.add(new Thread(() -> {
        while (!Files.exists(stopFile) && System.currentTimeMillis() < deadline) {
          Offered target = classes.get(ThreadLocalRandom.current().nextInt(classes.size()));
          String id = prefix + "-r" + next.getAndIncrement();
          String user = id.replace("-r", "-u");
          Reply reply = deliver(counts, () -> api.reserve(
              target.partnerId(), target.venueId(), target.state().id(), id, user));
          String classId = target.state().id();
          if (reply == null) {
            outcomes.put(id, new String[] {classId, Outcome.UNANSWERED.name(), ""});
            continue;
          }
          if (!reply.booked()) {
            count(counts, "refused " + (reply.errorCode() != 0 ? reply.errorCode()
                : reply.status()));
            outcomes.put(id, new String[] {classId, Outcome.REFUSED.name(),
                String.valueOf(reply.errorCode())});
            continue;
          }
          count(counts, "booked");
          outcomes.put(id, new String[] {classId, Outcome.BOOKED.name(), ""});
          if (ThreadLocalRandom.current().nextInt(100) < cancelPercent) {
            Reply cancel = deliver(counts, () -> api.cancel(target.partnerId(), id));
            if (cancel == null) {
              outcomes.put(id, new String[] {classId, Outcome.UNANSWERED.name(), "cancel"});
            } else if (cancel.booked()) {
              count(counts, "cancelled");
              outcomes.put(id, new String[] {classId, Outcome.CANCELLED.name(), ""});
            } else {
              count(counts, "cancel refused " + cancel.errorCode());
              outcomes.put(id, new String[] {classId, Outcome.CANCEL_REFUSED.name(),
                  String.valueOf(cancel.errorCode())});
            }
          }
        }
      }, "crash-load-" + c));
    }
    threads.forEach(Thread::start);
    for (Thread thread : threads) {
      thread.join(maxMillis + DELIVERY_LIMIT.toMillis() + 10_000);
    }
    StringBuilder lines = new StringBuilder();
    new TreeMap<>(outcomes).forEach((id, o) ->
        lines.append(id).append('\t').append(o[0]).append('\t').append(o[1]).append('\t')
            .append(o[2]).append('\n'));
    Files.writeString(out, lines);
    Map<String, Long> summary = new TreeMap<>();
    counts.forEach((k, v) -> summary.put(k, v.sum()));
    System.out.println("load result: " + outcomes.size() + " reservations sent, " + summary);
    long unanswered = outcomes.values().stream()
        .filter(o -> o[1].equals(Outcome.UNANSWERED.name())).count();
    if (unanswered > 0 || threads.stream().anyMatch(Thread::isAlive)) {
      System.out.println("!! " + unanswered + " requests never got an answer");
      return 1;
    }
    return 0;
  }

  /** Sends until a 2xx or 4xx answer; null when none came within {@link #DELIVERY_LIMIT}. */
  private static Reply deliver(Map<String, LongAdder> counts, Supplier<Reply> call) {
    long giveUp = System.nanoTime() + DELIVERY_LIMIT.toNanos();
    long pauseMillis = 100;
    for (int attempt = 0; System.nanoTime() < giveUp; attempt++) {
      if (attempt > 0) {
        count(counts, "redelivered");
        sleep(pauseMillis);
        pauseMillis = Math.min(pauseMillis * 2, 1000);
      }
      try {
        Reply reply = call.get();
        if (reply.status() / 100 == 2 || reply.status() / 100 == 4) {
          return reply;
        }
        count(counts, "answer " + reply.status());
      } catch (UncheckedIOException e) {
        count(counts, "no answer");
      }
    }
    return null;
  }

  private static void count(Map<String, LongAdder> counts, String what) {
    counts.computeIfAbsent(what, k -> new LongAdder()).increment();
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }

  // --------------------------------------------------------------------------------------- check

  /** A schedule as the stand-in ClassPass holds it. */
  private record Held(int availableSpots, boolean cancelled, String lastUpdated) {}

  private static int check(Map<String, String> options) throws Exception {
    PartnerApiCalls api = api(options);
    URI standIn = URI.create(required(options, "--stand-in") + "/state");
    long timeoutMillis = Long.parseLong(options.getOrDefault("--timeout", "60")) * 1000;
    long since = Long.parseLong(options.getOrDefault("--since-epoch-ms", "0"));
    Path reservations = options.containsKey("--reservations")
        ? Path.of(options.get("--reservations")) : null;
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    ObjectMapper json = new ObjectMapper();

    long start = System.currentTimeMillis();
    long deadline = start + timeoutMillis;
    long lastPrint = 0;
    boolean converged = false;
    Map<String, Offered> truth = Map.of();
    List<String> mismatches = List.of("not compared yet");
    String standInSummary = "";
    while (true) {
      try {
        truth = offered(api);
        JsonNode state = json.readTree(http.send(
            HttpRequest.newBuilder(standIn).timeout(Duration.ofSeconds(10)).GET().build(),
            HttpResponse.BodyHandlers.ofByteArray()).body());
        Map<String, Held> held = new HashMap<>();
        state.path("schedules").forEach(s -> held.put(s.path("id").asText(), new Held(
            s.path("available_spots").asInt(), s.path("is_cancelled").asBoolean(),
            s.path("last_updated").asText())));
        standInSummary = state.path("requests").asLong() + " requests received, "
            + state.path("stale").asLong() + " older versions ignored";
        mismatches = compare(truth, held);
      } catch (IOException | RuntimeException e) {
        mismatches = List.of("could not read both sides: " + e);
      }
      long now = System.currentTimeMillis();
      if (mismatches.isEmpty()) {
        System.out.printf("converged: every one of the %d classes matches at the stand-in "
            + "ClassPass %.1f s after the check began%s (%s)%n", truth.size(),
            (now - start) / 1000.0,
            since > 0 ? String.format(", %.1f s after the last restart", (now - since) / 1000.0)
                : "", standInSummary);
        converged = true;
        break;
      }
      if (now >= deadline) {
        System.out.println("FAIL: after " + timeoutMillis / 1000 + " s, " + mismatches.size()
            + " of " + truth.size() + " classes differ at the stand-in ClassPass ("
            + standInSummary + "):");
        mismatches.forEach(m -> System.out.println("  " + m));
        break;
      }
      if (now - lastPrint >= 5000) {
        lastPrint = now;
        System.out.printf("  %.0f s: %d classes differ%s%n", (now - start) / 1000.0,
            mismatches.size(), mismatches.isEmpty() ? "" : ", e.g. "
                + String.join("; ", mismatches.subList(0, Math.min(3, mismatches.size()))));
      }
      Thread.sleep(1000);
    }

    List<String> violations;
    try {
      violations = integrity(api, truth, reservations);
    } catch (RuntimeException e) {
      violations = List.of("could not read the attendance: " + e);
    }
    if (!violations.isEmpty()) {
      System.out.println("FAIL: " + violations.size() + " integrity violations:");
      violations.stream().limit(50).forEach(v -> System.out.println("  " + v));
    }
    if (converged && violations.isEmpty()) {
      System.out.println("PASS");
      return 0;
    }
    System.out.println("FAIL");
    return 1;
  }

  private static List<String> compare(Map<String, Offered> truth, Map<String, Held> held) {
    List<String> mismatches = new ArrayList<>();
    truth.forEach((id, offered) -> {
      ClassState app = offered.state();
      Held classPass = held.get(id);
      if (classPass == null) {
        mismatches.add("class " + id + " (venue " + offered.venueId() + "): app "
            + app.availableSpots() + " available, ClassPass never heard of it");
      } else if (classPass.availableSpots() != app.availableSpots()
          || classPass.cancelled() != app.cancelled()) {
        mismatches.add("class " + id + " (venue " + offered.venueId() + "): app "
            + app.availableSpots() + " available" + (app.cancelled() ? " cancelled" : "")
            + ", ClassPass " + classPass.availableSpots()
            + (classPass.cancelled() ? " cancelled" : "") + " (last_updated "
            + classPass.lastUpdated() + ")");
      }
    });
    return mismatches;
  }

  private static List<String> integrity(
      PartnerApiCalls api, Map<String, Offered> truth, Path reservations) throws IOException {
    List<String> violations = new ArrayList<>();
    Map<String, String> listedStatus = new HashMap<>();
    Map<String, String> listedClass = new HashMap<>();
    for (Offered offered : truth.values()) {
      ClassState state = offered.state();
      List<AttendanceEntry> entries =
          api.attendance(offered.partnerId(), offered.venueId(), state.id());
      long active = 0;
      for (AttendanceEntry entry : entries) {
        String before = listedClass.put(entry.reservationId(), state.id());
        if (before != null) {
          violations.add("reservation " + entry.reservationId() + " is listed twice (classes "
              + before + " and " + state.id() + ")");
        }
        listedStatus.put(entry.reservationId(), entry.status());
        if (!entry.status().contains("CANCELLED")) {
          active++;
        }
      }
      if (active > state.totalSpots()) {
        violations.add("class " + state.id() + " overbooked: " + active + " ClassPass bookings,"
            + " capacity " + state.totalSpots());
      }
      if (state.availableSpots() < 0) {
        violations.add("class " + state.id() + " shows " + state.availableSpots() + " spots");
      }
    }
    int checked = 0;
    if (reservations != null) {
      Map<String, String[]> outcomes = new LinkedHashMap<>();
      for (String line : Files.readAllLines(reservations)) {
        String[] fields = line.split("\t", -1);
        if (fields.length >= 3) {
          outcomes.put(fields[0], fields);
        }
      }
      for (Map.Entry<String, String[]> e : outcomes.entrySet()) {
        String id = e.getKey();
        String outcome = e.getValue()[2];
        String status = listedStatus.get(id);
        checked++;
        switch (outcome) {
          case "BOOKED", "CANCEL_REFUSED" -> {
            if (status == null || status.contains("CANCELLED")) {
              violations.add("reservation " + id + " was confirmed to ClassPass but the app"
                  + " lists it " + (status == null ? "nowhere" : "as " + status));
            } else if (!e.getValue()[1].equals(listedClass.get(id))) {
              violations.add("reservation " + id + " was booked into class " + e.getValue()[1]
                  + " but is listed in class " + listedClass.get(id));
            }
          }
          case "CANCELLED" -> {
            if (status == null || !status.contains("CANCELLED")) {
              violations.add("reservation " + id + " was cancelled, but the app lists it "
                  + (status == null ? "nowhere" : "as " + status));
            }
          }
          case "REFUSED" -> {
            if (status != null) {
              violations.add("reservation " + id + " was refused (" + e.getValue()[3]
                  + "), but the app lists it as " + status);
            }
          }
          default -> violations.add("reservation " + id + ": " + outcome);
        }
      }
    }
    System.out.println("integrity: " + listedStatus.size() + " reservations listed in "
        + truth.size() + " classes, " + checked + " of the load's outcomes checked");
    return violations;
  }
}
