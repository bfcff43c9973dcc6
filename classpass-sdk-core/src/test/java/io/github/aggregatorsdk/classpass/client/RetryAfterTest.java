package io.github.aggregatorsdk.classpass.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class RetryAfterTest {

  private final Clock clock = Clock.fixed(Instant.parse("2015-10-21T07:28:00Z"), ZoneOffset.UTC);

  @Test
  void deltaSecondsAreADuration() {
    assertThat(RetryAfter.parse("120", clock)).hasValue(Duration.ofMinutes(2));
    assertThat(RetryAfter.parse(" 0 ", clock)).hasValue(Duration.ZERO);
  }

  @Test
  void httpDateIsMeasuredFromTheClock() {
    assertThat(RetryAfter.parse("Wed, 21 Oct 2015 07:28:30 GMT", clock))
        .hasValue(Duration.ofSeconds(30));
  }

  @Test
  void httpDateInThePastMeansRetryNow() {
    assertThat(RetryAfter.parse("Wed, 21 Oct 2015 07:00:00 GMT", clock)).hasValue(Duration.ZERO);
  }

  @Test
  void missingOrUnreadableHeaderIsEmpty() {
    assertThat(RetryAfter.parse(null, clock)).isEmpty();
    assertThat(RetryAfter.parse("", clock)).isEmpty();
    assertThat(RetryAfter.parse("soon", clock)).isEmpty();
    assertThat(RetryAfter.parse("-5", clock)).isEmpty();
    assertThat(RetryAfter.parse("99999999999999999999999", clock)).isEmpty();
  }
}
