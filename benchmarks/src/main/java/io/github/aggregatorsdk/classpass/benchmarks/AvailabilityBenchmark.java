package io.github.aggregatorsdk.classpass.benchmarks;

import io.github.aggregatorsdk.classpass.booking.Availability;
import io.github.aggregatorsdk.classpass.booking.AvailabilityCalculator;
import io.github.aggregatorsdk.classpass.spi.ClassSession;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Hot path of every schedule push, listing and reservation: {@link
 * AvailabilityCalculator#availability} of one class, without a layout (counts only) and with a
 * spot layout whose free labels are listed. Run with {@code -prof gc} for the bytes allocated per
 * operation.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Benchmark)
public class AvailabilityBenchmark {

  /** Spots in the layout; 0 for a class without one. */
  @Param({"0", "30"})
  public int layoutSpots;

  private AvailabilityCalculator calculator;
  private ClassSession session;
  private Instant now;

  @Setup
  public void prepare() {
    calculator = new AvailabilityCalculator(StudioFixtures.CLOCK);
    session = layoutSpots == 0
        ? StudioFixtures.session(0, StudioFixtures.FIRST_DAY, 20)
        : StudioFixtures.sessionWithLayout(StudioFixtures.FIRST_DAY, layoutSpots);
    now = StudioFixtures.CLOCK.instant();
  }

  @Benchmark
  public Availability availability() {
    return calculator.availability(session, now);
  }
}
