package io.github.aggregatorsdk.classpass.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The arithmetic of a call's worst-case time, as a lease would be sized from it. */
class CallLimitsTest {

  private ClassPassClientBuilder builder() {
    return ClassPassClient.builder()
        .baseUrl(URI.create("http://localhost:1"))
        .accessToken(TestClients.TOKEN);
  }

  @Test
  void defaultsBoundAnAttemptByConnectPlusReadAndACallByItsRetrySchedule() {
    CallLimits limits = builder().callLimits();

    assertThat(limits.attemptTimeout()).isEqualTo(Duration.ofSeconds(15));
    // 4 attempts of 15 s, waits of at most 0.5 + 1 + 2 s.
    assertThat(limits.totalTimeout()).isEqualTo(Duration.ofMillis(63_500));
    assertThat(limits.maxCallTime()).isEqualTo(Duration.ofMillis(63_500));
    assertThat(builder().build().callLimits()).hasValue(limits);
  }

  @Test
  void attemptTimeoutFollowsTheConnectAndReadTimeoutsUnlessSet() {
    assertThat(
            builder()
                .connectTimeout(Duration.ofSeconds(1))
                .readTimeout(Duration.ofSeconds(2))
                .callLimits()
                .attemptTimeout())
        .isEqualTo(Duration.ofSeconds(3));
    assertThat(builder().attemptTimeout(Duration.ofSeconds(4)).callLimits().attemptTimeout())
        .isEqualTo(Duration.ofSeconds(4));
  }

  @Test
  void totalTimeoutSetIsTheMaxCallTime() {
    assertThat(builder().totalTimeout(Duration.ofSeconds(20)).callLimits().maxCallTime())
        .isEqualTo(Duration.ofSeconds(20));
  }

  @Test
  void briefRetriesMakeACallAtMostTwoAttemptsAndOneShortWait() {
    ClassPassClient brief = builder().build().withRetry(RetrySettings.brief());

    CallLimits limits = brief.callLimits().orElseThrow();
    assertThat(limits.retry().maxAttempts()).isEqualTo(2);
    assertThat(limits.maxCallTime()).isEqualTo(Duration.ofMillis(30_500));
  }

  @Test
  void withRetryNeverLengthensAShorterTotalTimeout() {
    CallLimits limits =
        builder().totalTimeout(Duration.ofSeconds(10)).build().withRetry(RetrySettings.brief())
            .callLimits()
            .orElseThrow();

    assertThat(limits.maxCallTime()).isEqualTo(Duration.ofSeconds(10));
  }

  @Test
  void aFakeClientHasNoKnownLimitsAndIsItsOwnBriefVersion() {
    ClassPassClient fake =
        new ClassPassClient() {
          @Override
          public void registerPartner(io.github.aggregatorsdk.classpass.model.Partner partner) {}

          @Override
          public void registerVenue(io.github.aggregatorsdk.classpass.model.Venue venue) {}

          @Override
          public void pushUpdate(io.github.aggregatorsdk.classpass.model.UpdateEvent event) {}

          @Override
          public PushUpdatesResult pushUpdates(
              java.util.List<io.github.aggregatorsdk.classpass.model.UpdateEvent> events) {
            return new PushUpdatesResult(java.util.List.of());
          }
        };

    assertThat(fake.callLimits()).isEmpty();
    assertThat(fake.withRetry(RetrySettings.brief())).isSameAs(fake);
  }

  @Test
  void nonPositiveTimeoutsAreRefused() {
    assertThatThrownBy(() -> builder().attemptTimeout(Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("attemptTimeout");
    assertThatThrownBy(() -> builder().totalTimeout(Duration.ofSeconds(-1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("totalTimeout");
  }
}
