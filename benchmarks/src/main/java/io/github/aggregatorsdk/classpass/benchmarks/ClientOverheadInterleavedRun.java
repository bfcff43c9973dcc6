package io.github.aggregatorsdk.classpass.benchmarks;

import io.github.aggregatorsdk.classpass.client.ClassPassClient;
import io.github.aggregatorsdk.classpass.model.UpdateEvent;
import java.util.Locale;
import org.HdrHistogram.Histogram;

/**
 * P1 cross-check: the same two calls as {@link ClientOverheadBenchmark}, alternated call by call in
 * one JVM (which goes first alternates too). JMH measures each in its own forks, one after the
 * other, so on a machine whose load changes the two see different conditions; here both see the
 * same, which makes the ratio trustworthy on a busy machine. On a quiet one both should agree.
 *
 * <p>Arguments (optional): warm-up pairs (40000), measured pairs (20000).
 */
public final class ClientOverheadInterleavedRun {

  private ClientOverheadInterleavedRun() {}

  public static void main(String[] args) throws Exception {
    int warmUp = args.length > 0 ? Integer.parseInt(args[0]) : 40_000;
    int measured = args.length > 1 ? Integer.parseInt(args[1]) : 20_000;
    try (LoopbackInventoryServer server = LoopbackInventoryServer.start()) {
      ClassPassClient sdk =
          ClassPassClient.builder().baseUrl(server.baseUrl()).accessToken("bench-token").build();
      RawInventoryClient raw = new RawInventoryClient(server.baseUrl(), "bench-token");
      UpdateEvent event = UpdateEvent.of(StudioFixtures.schedule());
      Histogram sdkTimes = new Histogram(60_000_000_000L, 3);
      Histogram rawTimes = new Histogram(60_000_000_000L, 3);
      for (int i = 0; i < warmUp + measured; i++) {
        if (i == warmUp) {
          sdkTimes.reset();
          rawTimes.reset();
        }
        if (i % 2 == 0) {
          sdkTimes.recordValue(time(() -> sdk.pushUpdate(event)));
          rawTimes.recordValue(time(() -> raw.pushUpdate(event)));
        } else {
          rawTimes.recordValue(time(() -> raw.pushUpdate(event)));
          sdkTimes.recordValue(time(() -> sdk.pushUpdate(event)));
        }
      }
      System.out.printf(Locale.ROOT,
          "P1 interleaved, %,d warm-up and %,d measured pairs (µs): SDK p50 %.1f p90 %.1f p99"
              + " %.1f; raw p50 %.1f p90 %.1f p99 %.1f%n",
          warmUp, measured, micros(sdkTimes, 50), micros(sdkTimes, 90), micros(sdkTimes, 99),
          micros(rawTimes, 50), micros(rawTimes, 90), micros(rawTimes, 99));
      System.out.printf(Locale.ROOT,
          "P1 interleaved result: SDK / raw median = %.2fx, p99 = %.2fx (goal: median <= 1.10x)%n",
          micros(sdkTimes, 50) / micros(rawTimes, 50),
          micros(sdkTimes, 99) / micros(rawTimes, 99));
    }
  }

  private static long time(Call call) throws Exception {
    long start = System.nanoTime();
    call.run();
    return System.nanoTime() - start;
  }

  private static double micros(Histogram histogram, double percentile) {
    return histogram.getValueAtPercentile(percentile) / 1_000.0;
  }

  /** A call that may throw, as {@link RawInventoryClient#pushUpdate} does. */
  private interface Call {
    void run() throws Exception;
  }
}
