package io.github.aggregatorsdk.classpass.example.studio.simulator;

import io.github.aggregatorsdk.classpass.test.FakeClassPass;
import io.github.aggregatorsdk.classpass.test.RecordedCall;
import java.net.URI;
import java.util.List;

/**
 * ClassPass's Inventory API, simulated on a loopback port by the SDK's own {@link FakeClassPass}
 * ({@code classpass-sdk-test}): it answers the SDK's calls as ClassPass does and keeps the most
 * recent {@value #KEPT} calls, so that the demo report and the staff page can show what the SDK
 * pushed. Started when created, stopped when the application context closes.
 */
public final class ClassPassSimulator implements AutoCloseable {

  /** How many calls are kept; older ones are forgotten, so a long-running demo stays small. */
  static final int KEPT = 1000;

  // Any non-empty access token is accepted: the demo's, or one the host configured.
  private final FakeClassPass fake = FakeClassPass.start(null, 0).keepCalls(KEPT);

  ClassPassSimulator() {}

  /**
   * Where the SDK's client sends its calls.
   *
   * @return {@code http://127.0.0.1:<port>}; never null
   */
  public URI baseUrl() {
    return fake.baseUrl();
  }

  /**
   * The calls received, oldest first.
   *
   * @return a copy; never null
   */
  public List<ReceivedCall> received() {
    return fake.calls().stream()
        .map(call -> new ReceivedCall(call.at(), call.method(), call.path(), call.body()))
        .toList();
  }

  /**
   * ClassPass refuses the next {@code count} calls with 400, as it does for data it cannot take,
   * so that the outbox dead-letters what they carried: for tests, and to see dead letters and
   * their requeue on the ClassPass settings page.
   *
   * @param count how many calls are refused
   */
  public void refuseNext(int count) {
    fake.failNext(count, 400);
  }

  @Override
  public void close() {
    fake.close();
  }
}
