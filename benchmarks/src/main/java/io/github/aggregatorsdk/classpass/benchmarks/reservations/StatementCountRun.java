package io.github.aggregatorsdk.classpass.benchmarks.reservations;

import io.github.aggregatorsdk.classpass.benchmarks.reservations.PartnerApiCalls.ClassSlots;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * P7, what the SDK adds to the host's database per ClassPass reservation: books {@code
 * --reservations} times (new user each, {@code --clients} at once) through the partner API of an
 * app running with the benchmarks' {@code CountingDriver}, and divides what the driver counted
 * meanwhile (its {@code --counts} file, read before and after, outside the listing and warm-up)
 * by the reservations booked. Prints each category's statements, commits and savepoints per
 * reservation and the statements behind them.
 *
 * <p>{@code --base-url URL --token T --venue ID --counts FILE [--reservations 1000]
 * [--warm-up 200] [--clients 4]}
 */
final class StatementCountRun {

  private StatementCountRun() {}

  public static void main(String[] args) throws Exception {
    Map<String, String> options = new HashMap<>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      options.put(args[i], args[i + 1]);
    }
    PartnerApiCalls api =
        new PartnerApiCalls(URI.create(options.get("--base-url")), options.get("--token"));
    Path counts = Path.of(options.get("--counts"));
    int reservations = Integer.parseInt(options.getOrDefault("--reservations", "1000"));
    int warmUp = Integer.parseInt(options.getOrDefault("--warm-up", "200"));
    int clients = Integer.parseInt(options.getOrDefault("--clients", "4"));
    String partner = api.firstPartner();
    String venue = options.get("--venue");
    List<String> classes = api.schedules(partner, venue, LocalDate.now().minusDays(1),
            LocalDate.now().plusDays(90)).stream()
        .filter(slots -> slots.availableSpots() > 0).map(ClassSlots::id).toList();
    book(api, partner, venue, classes, warmUp, clients);
    Thread.sleep(2_500); // the warm-up's updates delivered, the counts written again
    Map<String, Long> before = read(counts);
    int booked = book(api, partner, venue, classes, reservations, clients);
    Thread.sleep(3_500); // the dispatcher's interval is 1 s, the counts are written every second
    Map<String, Long> after = read(counts);
    print(before, after, booked, reservations);
    System.exit(booked > 0 ? 0 : 1);
  }

  private static int book(PartnerApiCalls api, String partner, String venue, List<String> classes,
      int count, int clients) throws InterruptedException {
    AtomicInteger next = new AtomicInteger();
    AtomicInteger booked = new AtomicInteger();
    List<Thread> threads = new ArrayList<>();
    for (int c = 0; c < clients; c++) {
      Thread thread = new Thread(() -> {
        while (next.getAndIncrement() < count) {
          String user = "p7-" + UUID.randomUUID();
          String classId = classes.get(ThreadLocalRandom.current().nextInt(classes.size()));
          if (api.reserve(partner, venue, classId, UUID.randomUUID().toString(), user).status()
              / 100 == 2) {
            booked.incrementAndGet();
          }
        }
      });
      thread.start();
      threads.add(thread);
    }
    for (Thread thread : threads) {
      thread.join();
    }
    return booked.get();
  }

  /** category, kind, text → count. */
  private static Map<String, Long> read(Path file) throws IOException {
    Map<String, Long> counts = new TreeMap<>();
    for (String line : Files.readAllLines(file)) {
      String[] parts = line.split("\t", 4);
      counts.put(parts[0] + "\t" + parts[1] + "\t" + (parts.length > 3 ? parts[3] : ""),
          Long.parseLong(parts[2]));
    }
    return counts;
  }

  private static void print(Map<String, Long> before, Map<String, Long> after, int booked,
      int sent) {
    Map<String, double[]> totals = new TreeMap<>(); // category → statements, commits, savepoints
    List<String> lines = new ArrayList<>();
    after.forEach((key, count) -> {
      long delta = count - before.getOrDefault(key, 0L);
      if (delta == 0) {
        return;
      }
      String[] parts = key.split("\t", 3);
      double perReservation = (double) delta / booked;
      double[] total = totals.computeIfAbsent(parts[0], k -> new double[3]);
      total[switch (parts[1]) {
        case "statement" -> 0;
        case "savepoint" -> 2;
        default -> 1;
      }] += perReservation;
      lines.add(String.format(Locale.ROOT, "  %-10s %-9s %6.2f  %s", parts[0], parts[1],
          perReservation, parts[2]));
    });
    System.out.printf(Locale.ROOT, "P7 %d of %d reservations booked; per reservation:%n", booked,
        sent);
    lines.forEach(System.out::println);
    double[] none = new double[3];
    double[] host = totals.getOrDefault("host", none);
    double[] sdk = totals.getOrDefault("sdk", none);
    double[] dispatcher = totals.getOrDefault("dispatcher", none);
    System.out.printf(Locale.ROOT, "P7 result: per ClassPass reservation in the studio app (H2),"
            + " host's own %.2f statements + %.2f commits/rollbacks + %.2f savepoint calls;"
            + " SDK-caused in the request %.2f statements + %.2f commits + %.2f savepoint calls;"
            + " SDK's dispatcher %.2f statements + %.2f commits (shared by a batch)%n",
        host[0], host[1], host[2], sdk[0], sdk[1], sdk[2], dispatcher[0], dispatcher[1]);
  }
}
