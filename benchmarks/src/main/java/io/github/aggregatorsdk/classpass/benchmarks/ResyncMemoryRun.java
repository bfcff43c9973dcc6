package io.github.aggregatorsdk.classpass.benchmarks;

import io.github.aggregatorsdk.classpass.client.ClassPassClient;
import io.github.aggregatorsdk.classpass.spi.ClassSession;
import io.github.aggregatorsdk.classpass.spi.ClassSessionRepository;
import io.github.aggregatorsdk.classpass.spi.Page;
import io.github.aggregatorsdk.classpass.spi.PageRequest;
import io.github.aggregatorsdk.classpass.sync.ResyncSummary;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * P4, memory: the heap a full resync keeps alive, for 1,000 and 10,000 classes, each measured in a
 * fresh JVM ({@value #HEAP} heap) so that nothing of one run is left in the other.
 *
 * <p>Method. The schedule is {@link GeneratedSessions}, built page by page, so the host holds no
 * classes and whatever stays alive belongs to the SDK. After a warm-up resync (class loading, JIT,
 * Jackson's serializer cache, the HTTP connection) the heap is collected and its use taken as the
 * baseline. During the measured resync, every time the SDK asks for the next page a full GC is
 * forced and the heap in use is sampled: the maximum over the run minus the baseline is the live
 * high-water mark, i.e. what the SDK keeps between pages (if it accumulated anything per class,
 * such as the events sent so far, this would grow tenfold with the schedule). Within a page it
 * also holds that page's sessions, schedules and request body, a constant for a given batch size;
 * the allocation per class, and the peak of the heap pools (garbage included) are printed too.
 *
 * <p>Arguments: the class counts to compare (default 1000 10000); {@code --in-this-jvm N} measures
 * one count in the current JVM (what each fresh JVM runs).
 */
public final class ResyncMemoryRun {

  static final String HEAP = "-Xmx64m";
  private static final String RESULT = "RESULT ";
  private static final int WARM_UP_CLASSES = 1_000;

  private ResyncMemoryRun() {}

  public static void main(String[] args) throws Exception {
    if (args.length == 2 && args[0].equals("--in-this-jvm")) {
      System.out.println(RESULT + measure(Integer.parseInt(args[1])).toLine());
      return;
    }
    List<Integer> counts = new ArrayList<>();
    for (String arg : args) {
      counts.add(Integer.parseInt(arg));
    }
    if (counts.isEmpty()) {
      counts = List.of(1_000, 10_000);
    }
    System.out.printf(Locale.ROOT, "P4 resync memory, each in a fresh JVM with %s, batch 100%n",
        HEAP);
    List<Result> results = new ArrayList<>();
    for (int count : counts) {
      Result result = inFreshJvm(count);
      results.add(result);
      System.out.println("  " + result.describe());
    }
    Result first = results.get(0);
    Result last = results.get(results.size() - 1);
    System.out.printf(Locale.ROOT,
        "P4 result: live heap high-water %s for %d classes vs %s for %d classes (%.2fx for %.0fx"
            + " the classes; goal: flat)%n",
        kib(first.liveHighWater()), first.classes(), kib(last.liveHighWater()), last.classes(),
        (double) last.liveHighWater() / Math.max(1, first.liveHighWater()),
        (double) last.classes() / first.classes());
  }

  /** Measures in the current JVM; {@code main} calls it in a fresh one per count. */
  static Result measure(int classes) {
    try (LoopbackInventoryServer server = LoopbackInventoryServer.start()) {
      ClassPassClient client = ResyncBatchingRun.client(server, ResyncBatchingRun.BATCHED);
      ResyncBatchingRun.resync(server, client, ResyncBatchingRun.BATCHED, WARM_UP_CLASSES);

      HeapSampler sessions = new HeapSampler(new GeneratedSessions(classes));
      long baseline = usedAfterGc();
      heapPools().forEach(MemoryPoolMXBean::resetPeakUsage);
      long allocatedBefore = allocatedBytes();
      ResyncSummary summary =
          StudioFixtures.fullResync(sessions, client, ResyncBatchingRun.BATCHED)
              .resync(StudioFixtures.PARTNER, StudioFixtures.VENUE, StudioFixtures.FIRST_DAY,
                  sessions.delegate.lastDay());
      long allocated = allocatedBytes() - allocatedBefore;
      long peakWithGarbage = heapPools().stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
      long retained = usedAfterGc() - baseline;
      if (summary.schedulesPushed() != classes) {
        throw new IllegalStateException("pushed " + summary.schedulesPushed() + " of " + classes);
      }
      return new Result(classes, sessions.samples, sessions.maxUsed - baseline, retained,
          peakWithGarbage, allocated, gcName());
    }
  }

  private static Result inFreshJvm(int classes) throws IOException, InterruptedException {
    String java = ProcessHandle.current().info().command().orElse("java");
    Process process =
        new ProcessBuilder(java, HEAP, "-cp", System.getProperty("java.class.path"),
            ResyncMemoryRun.class.getName(), "--in-this-jvm", String.valueOf(classes))
            .redirectErrorStream(true)
            .start();
    List<String> output;
    try (BufferedReader reader = new BufferedReader(
        new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      output = reader.lines().collect(Collectors.toList());
    }
    int exit = process.waitFor();
    Optional<String> line = output.stream().filter(l -> l.startsWith(RESULT)).findFirst();
    if (exit != 0 || line.isEmpty()) {
      throw new IllegalStateException(
          "measuring " + classes + " classes failed (exit " + exit + "):\n"
              + String.join("\n", output));
    }
    return Result.parse(line.get().substring(RESULT.length()));
  }

  private static long usedAfterGc() {
    System.gc();
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  private static List<MemoryPoolMXBean> heapPools() {
    return ManagementFactory.getMemoryPoolMXBeans().stream()
        .filter(pool -> pool.getType() == MemoryType.HEAP)
        .toList();
  }

  /** Bytes allocated so far by the live threads (the resync's and the HTTP client's). */
  private static long allocatedBytes() {
    com.sun.management.ThreadMXBean threads =
        (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    long total = 0;
    for (long bytes : threads.getThreadAllocatedBytes(threads.getAllThreadIds())) {
      total += Math.max(0, bytes);
    }
    return total;
  }

  private static String gcName() {
    return ManagementFactory.getGarbageCollectorMXBeans().stream()
        .map(GarbageCollectorMXBean::getName)
        .collect(Collectors.joining("+"));
  }

  private static String kib(long bytes) {
    return String.format(Locale.ROOT, "%,d KiB", bytes / 1024);
  }

  /** Samples the heap after a full GC each time the resync reads a page. */
  private static final class HeapSampler implements ClassSessionRepository {
    final GeneratedSessions delegate;
    long maxUsed;
    int samples;

    HeapSampler(GeneratedSessions delegate) {
      this.delegate = delegate;
    }

    @Override
    public Optional<ClassSession> findById(String sessionId) {
      return delegate.findById(sessionId);
    }

    @Override
    public Page<ClassSession> findByVenue(
        String partnerId, String venueId, LocalDate from, LocalDate to, PageRequest page) {
      maxUsed = Math.max(maxUsed, usedAfterGc());
      samples++;
      return delegate.findByVenue(partnerId, venueId, from, to, page);
    }
  }

  /** One count's figures, in bytes. */
  record Result(int classes, int samples, long liveHighWater, long retainedAfter,
      long peakWithGarbage, long allocated, String gc) {

    String toLine() {
      return classes + " " + samples + " " + liveHighWater + " " + retainedAfter + " "
          + peakWithGarbage + " " + allocated + " " + gc;
    }

    static Result parse(String line) {
      String[] f = line.trim().split(" ", 7);
      return new Result(Integer.parseInt(f[0]), Integer.parseInt(f[1]), Long.parseLong(f[2]),
          Long.parseLong(f[3]), Long.parseLong(f[4]), Long.parseLong(f[5]), f[6]);
    }

    String describe() {
      return String.format(Locale.ROOT,
          "%6d classes: live heap high-water %s over baseline (%d samples after full GC),"
              + " retained after %s, peak heap used incl. garbage %s, allocated %,d KiB"
              + " (%,d bytes per class), GC %s",
          classes, kib(liveHighWater), samples, kib(retainedAfter), kib(peakWithGarbage),
          allocated / 1024, allocated / classes, gc);
    }
  }
}
