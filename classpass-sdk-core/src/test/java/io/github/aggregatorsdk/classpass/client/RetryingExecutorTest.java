package io.github.aggregatorsdk.classpass.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.RepeatedTest;

class RetryingExecutorTest {

  private final RetryingExecutor executor =
      new RetryingExecutor(
          new RetrySettings(20, Duration.ofMillis(500), Duration.ofSeconds(30)),
          new RecordingSleeper());

  @RepeatedTest(20)
  void backoffDoublesWithJitterAndStopsAtMaxBackoff() {
    ClassPassConnectionException failure = new ClassPassConnectionException("reset", null);

    assertThat(executor.delayAfter(1, failure))
        .isBetween(Duration.ofMillis(250), Duration.ofMillis(500));
    assertThat(executor.delayAfter(3, failure))
        .isBetween(Duration.ofMillis(1000), Duration.ofMillis(2000));
    assertThat(executor.delayAfter(19, failure))
        .isBetween(Duration.ofSeconds(15), Duration.ofSeconds(30));
  }
}
