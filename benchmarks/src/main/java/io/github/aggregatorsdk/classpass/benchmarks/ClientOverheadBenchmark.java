package io.github.aggregatorsdk.classpass.benchmarks;

import io.github.aggregatorsdk.classpass.client.ClassPassClient;
import io.github.aggregatorsdk.classpass.model.UpdateEvent;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * P1, client overhead: one SCHEDULE update pushed through {@link ClassPassClient#pushUpdate} vs the
 * same request sent with the JDK's HTTP client and Jackson ({@link RawInventoryClient}), both
 * against a loopback server that answers at once. Sample mode records every call, so the median
 * and the tail of both can be compared; the difference is what the SDK adds (Feign, retry wrapper,
 * error mapping, interceptors).
 *
 * <p>The warm-up is long because the SDK's path (Feign's proxy, resilience4j) has more code for the
 * JIT to compile than the baseline: with 2 busy cores it took some 30,000 calls to settle, and a
 * short warm-up overstates the overhead several times.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 3)
@Measurement(iterations = 5, time = 2)
@Fork(2)
@State(Scope.Benchmark)
public class ClientOverheadBenchmark {

  private LoopbackInventoryServer server;
  private ClassPassClient sdk;
  private RawInventoryClient raw;
  private UpdateEvent event;

  @Setup(Level.Trial)
  public void start() {
    server = LoopbackInventoryServer.start();
    sdk = ClassPassClient.builder().baseUrl(server.baseUrl()).accessToken("bench-token").build();
    raw = new RawInventoryClient(server.baseUrl(), "bench-token");
    event = UpdateEvent.of(StudioFixtures.schedule());
  }

  @TearDown(Level.Trial)
  public void stop() {
    server.close();
  }

  @Benchmark
  public void sdkClient() {
    sdk.pushUpdate(event);
  }

  @Benchmark
  public void rawHttpClient() throws IOException, InterruptedException {
    raw.pushUpdate(event);
  }
}
