package io.github.aggregatorsdk.classpass.benchmarks;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.aggregatorsdk.classpass.booking.AvailabilityCalculator;
import io.github.aggregatorsdk.classpass.model.ClassPassJson;
import io.github.aggregatorsdk.classpass.model.Schedule;
import io.github.aggregatorsdk.classpass.model.UpdateEvent;
import io.github.aggregatorsdk.classpass.spi.ClassSession;
import io.github.aggregatorsdk.classpass.mapping.internal.ScheduleMapper;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Hot paths of every schedule push: mapping a host session to the wire {@link Schedule} ({@link
 * ScheduleMapper#toSchedule}, availability included), and writing a SCHEDULE event as JSON with
 * the SDK's mapper, as the client does for each event it sends. Run with {@code -prof gc} for the
 * bytes allocated per operation.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Benchmark)
public class ScheduleMappingBenchmark {

  private ClassSession session;
  private ScheduleMapper mapper;
  private ObjectMapper json;
  private UpdateEvent event;

  @Setup
  public void prepare() {
    session = StudioFixtures.session(0, StudioFixtures.FIRST_DAY, 20);
    mapper = new ScheduleMapper(
        new AvailabilityCalculator(StudioFixtures.CLOCK), StudioFixtures.CLOCK);
    json = ClassPassJson.newObjectMapper();
    event = UpdateEvent.of(mapper.toSchedule(session));
  }

  @Benchmark
  public Schedule toSchedule() {
    return mapper.toSchedule(session);
  }

  @Benchmark
  public byte[] writeScheduleEvent() throws JsonProcessingException {
    return json.writeValueAsBytes(event);
  }
}
