package io.github.aggregatorsdk.classpass.benchmarks;

import io.github.aggregatorsdk.classpass.client.ClassPassClient;
import io.github.aggregatorsdk.classpass.sync.ResyncSummary;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * P2, batching: a full resync of a venue with 10,000 classes in batches of 100 vs one request per
 * class, against a loopback ClassPass that takes 2 ms to answer each request. Requests are counted
 * by the server; wall time is the whole {@code resync} call (reading the generated schedule,
 * mapping, JSON, HTTP). Both modes are the same SDK code ({@code FullResync}); only the batch size
 * of the resync and of the client differs.
 *
 * <p>A plain program rather than JMH: each measurement is one multi-second operation whose request
 * count matters as much as its time. Both modes are warmed up on a smaller schedule first, then
 * measured alternately, and the median is reported.
 *
 * <p>Arguments (all optional): classes (10000), runs (3), latency in ms (2).
 */
public final class ResyncBatchingRun {

  static final int BATCHED = 100;
  static final int ONE_PER_CLASS = 1;

  private ResyncBatchingRun() {}

  public static void main(String[] args) {
    int classes = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
    int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
    Duration latency = Duration.ofMillis(args.length > 2 ? Long.parseLong(args[2]) : 2);
    System.out.printf(Locale.ROOT,
        "P2 full resync: %d classes, server latency %d ms per request, %d measured runs per mode%n",
        classes, latency.toMillis(), runs);
    try (LoopbackInventoryServer server = LoopbackInventoryServer.start(latency)) {
      ClassPassClient batchedClient = client(server, BATCHED);
      ClassPassClient singleClient = client(server, ONE_PER_CLASS);
      int warmUp = Math.max(1, Math.min(classes, 1_000));
      resync(server, batchedClient, BATCHED, warmUp);
      resync(server, singleClient, ONE_PER_CLASS, warmUp);
      List<Result> batched = new ArrayList<>();
      List<Result> single = new ArrayList<>();
      for (int run = 0; run < runs; run++) {
        batched.add(print(resync(server, batchedClient, BATCHED, classes)));
        single.add(print(resync(server, singleClient, ONE_PER_CLASS, classes)));
      }
      Result b = median(batched);
      Result s = median(single);
      System.out.printf(Locale.ROOT,
          "P2 result: batch %d: %d requests, median %.0f ms; one per class: %d requests, median"
              + " %.0f ms; %.1fx faster with batching (goal: <= 100 requests, >= 20x)%n",
          BATCHED, b.requests(), b.millis(), s.requests(), s.millis(), s.millis() / b.millis());
    }
  }

  static ClassPassClient client(LoopbackInventoryServer server, int batchSize) {
    return ClassPassClient.builder()
        .baseUrl(server.baseUrl())
        .accessToken("bench-token")
        .batchSize(batchSize)
        .build();
  }

  /** One full resync of {@code classes} generated classes; the server's counts are reset first. */
  static Result resync(
      LoopbackInventoryServer server, ClassPassClient client, int batchSize, int classes) {
    GeneratedSessions sessions = new GeneratedSessions(classes);
    server.reset();
    long start = System.nanoTime();
    ResyncSummary summary =
        StudioFixtures.fullResync(sessions, client, batchSize)
            .resync(StudioFixtures.PARTNER, StudioFixtures.VENUE, StudioFixtures.FIRST_DAY,
                sessions.lastDay());
    long nanos = System.nanoTime() - start;
    return new Result(batchSize, classes, server.requests(), summary.schedulesPushed(),
        server.bodyBytes(), nanos / 1e6);
  }

  private static Result print(Result result) {
    System.out.printf(Locale.ROOT,
        "  batch size %3d: %6d classes pushed in %6d requests (%,d body bytes) in %8.1f ms%n",
        result.batchSize(), result.pushed(), result.requests(), result.bodyBytes(),
        result.millis());
    return result;
  }

  private static Result median(List<Result> results) {
    List<Result> sorted = new ArrayList<>(results);
    sorted.sort(Comparator.comparingDouble(Result::millis));
    return sorted.get(sorted.size() / 2);
  }

  /** What one resync did, as the server counted it, and how long it took. */
  record Result(
      int batchSize, int classes, long requests, long pushed, long bodyBytes, double millis) {}
}
