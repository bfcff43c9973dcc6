package io.github.aggregatorsdk.classpass.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Optional;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

class BackoffTest {

  private final Backoff backoff = Backoff.of(Duration.ofMillis(500), Duration.ofSeconds(30));

  @RepeatedTest(20)
  void delayDoublesWithJitterAndStopsAtTheMaximum() {
    assertThat(backoff.delay(1, Optional.empty()))
        .isBetween(Duration.ofMillis(250), Duration.ofMillis(500));
    assertThat(backoff.delay(3, Optional.empty()))
        .isBetween(Duration.ofMillis(1000), Duration.ofMillis(2000));
    assertThat(backoff.delay(19, Optional.empty()))
        .isBetween(Duration.ofSeconds(15), Duration.ofSeconds(30));
  }

  @Test
  void jitterComesFromTheInjectedRandomSource() {
    RandomGenerator lowest = () -> 0L;
    RandomGenerator highest =
        new RandomGenerator() {
          @Override
          public long nextLong() {
            return 0L;
          }

          @Override
          public long nextLong(long bound) {
            return bound - 1;
          }
        };

    assertThat(backoff.withRandom(lowest).delay(2, Optional.empty()))
        .isEqualTo(Duration.ofMillis(500));
    assertThat(backoff.withRandom(highest).delay(2, Optional.empty()))
        .isEqualTo(Duration.ofSeconds(1));
  }

  @Test
  void retryAfterIsTheDelayInFullEvenBeyondTheMaximum() {
    assertThat(backoff.delay(1, Optional.of(Duration.ofSeconds(7)))).isEqualTo(Duration.ofSeconds(7));
    assertThat(backoff.delay(1, Optional.of(Duration.ofSeconds(120))))
        .isEqualTo(Duration.ofSeconds(120));
  }

  @Test
  void ceilingDoublesUpToTheMaximumWithoutOverflowing() {
    assertThat(backoff.ceiling(0)).isEqualTo(Duration.ofMillis(500));
    assertThat(backoff.ceiling(1)).isEqualTo(Duration.ofMillis(500));
    assertThat(backoff.ceiling(4)).isEqualTo(Duration.ofSeconds(4));
    assertThat(backoff.ceiling(Integer.MAX_VALUE)).isEqualTo(Duration.ofSeconds(30));
  }

  @Test
  void maxTotalDelayAddsTheCeilingsOfTheWaits() {
    assertThat(backoff.maxTotalDelay(0)).isZero();
    assertThat(backoff.maxTotalDelay(3)).isEqualTo(Duration.ofMillis(3_500));
  }

  @Test
  void maximumShorterThanInitialIsRefused() {
    assertThatThrownBy(() -> Backoff.of(Duration.ofSeconds(2), Duration.ofSeconds(1)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void retrySettingsDescribeTheirBackoff() {
    assertThat(RetrySettings.defaults().backoff()).isEqualTo(backoff);
  }
}
