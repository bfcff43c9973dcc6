package io.github.aggregatorsdk.classpass.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Prints the figures of a suite run ({@code run-all.sh}) as Markdown: the machine, P1's medians
 * and their ratio from the JMH results, the hot paths' time and allocation, and the result lines
 * of the plain-program runs (P1 interleaved, P2 to P7), each with the load average before and
 * after its run ({@code NAME.load} beside {@code NAME.txt}, written by {@code run-all.sh}).
 *
 * <p>Argument: the results directory (default {@code benchmarks/target/results}).
 */
public final class ResultsSummary {

  private static final ObjectMapper JSON = new ObjectMapper();

  private ResultsSummary() {}

  public static void main(String[] args) throws IOException {
    Path results = Path.of(args.length > 0 ? args[0] : "benchmarks/target/results");
    List<String> out = new ArrayList<>();
    out.add("# Benchmark results");
    out.add("");
    Path machine = results.resolve("machine.txt");
    if (Files.exists(machine)) {
      Files.readAllLines(machine).forEach(line -> out.add("- " + line));
      out.add("");
    }
    Path p1 = results.resolve("p1-client-overhead.json");
    if (Files.exists(p1)) {
      clientOverhead(JSON.readTree(p1.toFile()), out);
    }
    Path hotPaths = results.resolve("hot-paths.json");
    if (Files.exists(hotPaths)) {
      hotPaths(JSON.readTree(hotPaths.toFile()), out);
    }
    out.add("## Plain-program runs");
    out.add("");
    try (Stream<Path> files = Files.list(results)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
        String name = file.getFileName().toString().replaceFirst("\\.txt$", "");
        Path loadFile = results.resolve(name + ".load");
        String load = Files.exists(loadFile)
            ? " *(load average " + Files.readString(loadFile).strip() + ")*" : "";
        Files.readAllLines(file).stream()
            .filter(line -> line.matches("P\\d[a-z ]* result: .*"))
            .forEach(line -> out.add("- " + line + load));
      }
    }
    out.forEach(System.out::println);
  }

  private static void clientOverhead(JsonNode runs, List<String> out) {
    JsonNode sdk = find(runs, ".sdkClient");
    JsonNode raw = find(runs, ".rawHttpClient");
    out.add("## P1 client overhead (µs per pushUpdate, loopback)");
    out.add("");
    out.add("| client | p50 | p90 | p99 | mean | samples |");
    out.add("|---|---|---|---|---|---|");
    for (JsonNode run : new JsonNode[] {sdk, raw}) {
      if (run == null) {
        continue;
      }
      JsonNode metric = run.path("primaryMetric");
      JsonNode p = metric.path("scorePercentiles");
      out.add(String.format(Locale.ROOT, "| %s | %.1f | %.1f | %.1f | %.1f | %,d |",
          name(run), p.path("50.0").asDouble(), p.path("90.0").asDouble(),
          p.path("99.0").asDouble(), metric.path("score").asDouble(), samples(metric)));
    }
    if (sdk != null && raw != null) {
      out.add("");
      out.add(String.format(Locale.ROOT,
          "P1 result: SDK / raw median = %.2fx, p99 = %.2fx (goal: median <= 1.10x)",
          median(sdk) / median(raw), percentile(sdk, "99.0") / percentile(raw, "99.0")));
    }
    out.add("");
  }

  private static void hotPaths(JsonNode runs, List<String> out) {
    out.add("## Hot paths (JMH -prof gc)");
    out.add("");
    out.add("| benchmark | ns/op | ± | bytes allocated/op |");
    out.add("|---|---|---|---|");
    for (JsonNode run : runs) {
      JsonNode metric = run.path("primaryMetric");
      out.add(String.format(Locale.ROOT, "| %s | %,.0f | %,.0f | %,.0f |",
          name(run), metric.path("score").asDouble(), metric.path("scoreError").asDouble(),
          run.path("secondaryMetrics").path("gc.alloc.rate.norm").path("score").asDouble()));
    }
    out.add("");
  }

  private static JsonNode find(JsonNode runs, String suffix) {
    for (JsonNode run : runs) {
      if (run.path("benchmark").asText().endsWith(suffix)) {
        return run;
      }
    }
    return null;
  }

  private static String name(JsonNode run) {
    String benchmark = run.path("benchmark").asText();
    String shortName = benchmark.substring(benchmark.lastIndexOf('.', benchmark.lastIndexOf('.')
        - 1) + 1);
    StringBuilder params = new StringBuilder();
    run.path("params").fields().forEachRemaining(
        param -> params.append(params.length() == 0 ? " (" : ", ")
            .append(param.getKey()).append('=').append(param.getValue().asText()));
    return shortName + (params.length() == 0 ? "" : params.append(')').toString());
  }

  private static double median(JsonNode run) {
    return percentile(run, "50.0");
  }

  private static double percentile(JsonNode run, String which) {
    return run.path("primaryMetric").path("scorePercentiles").path(which).asDouble();
  }

  private static long samples(JsonNode metric) {
    long count = 0;
    for (JsonNode fork : metric.path("rawDataHistogram")) {
      for (JsonNode iteration : fork) {
        for (JsonNode bucket : iteration) {
          count += bucket.path(1).asLong();
        }
      }
    }
    return count;
  }
}
