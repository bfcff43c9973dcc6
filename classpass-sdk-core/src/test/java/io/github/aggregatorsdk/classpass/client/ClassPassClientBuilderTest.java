package io.github.aggregatorsdk.classpass.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ClassPassClientBuilderTest {

  private static final String TOKEN = "s3cr3t-token";

  @Test
  void buildWithoutTokenFailsNamingTheToken() {
    ClassPassClientBuilder builder = ClassPassClient.builder().environment(Environment.SANDBOX);

    assertThatThrownBy(builder::build)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("access token");
  }

  @Test
  void blankTokenFailsFast() {
    assertThatThrownBy(() -> ClassPassClient.builder().accessToken("  "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("accessToken must not be blank");
  }

  @Test
  void nullTokenFailsFast() {
    assertThatThrownBy(() -> ClassPassClient.builder().accessToken(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("accessToken");
  }

  @Test
  void tokenWithALineBreakIsRejectedWithoutShowingIt() {
    assertThatThrownBy(() -> ClassPassClient.builder().accessToken(TOKEN + "\r\nX-Evil: 1"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("whitespace")
        .message()
        .doesNotContain(TOKEN);
  }

  @Test
  void buildWithoutEnvironmentOrBaseUrlFailsNamingBoth() {
    ClassPassClientBuilder builder = ClassPassClient.builder().accessToken(TOKEN);

    assertThatThrownBy(builder::build)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("environment(Environment)")
        .hasMessageContaining("baseUrl(URI)");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"http://api.classpass.com", "http://10.0.0.5:8080", "http://localhost.evil.com"})
  void plainHttpOffLoopbackFailsFastNamingHttps(String url) {
    assertThatThrownBy(() -> ClassPassClient.builder().baseUrl(URI.create(url)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("must use https")
        .hasMessageContaining(URI.create(url).getHost());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "http://localhost:8080",
        "http://127.0.0.1:9000/prefix",
        "http://[::1]:9000",
        "https://classpass.example.com/api"
      })
  void httpsAnywhereAndPlainHttpOnLoopbackAreAccepted(String url) {
    assertThatCode(
            () -> ClassPassClient.builder().baseUrl(URI.create(url)).accessToken(TOKEN).build())
        .doesNotThrowAnyException();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "ftp://classpass.example.com",
        "/v1/relative",
        "https://user:pw@classpass.example.com",
        "https://classpass.example.com?x=1"
      })
  void otherUrlsAreRejected(String url) {
    assertThatThrownBy(() -> ClassPassClient.builder().baseUrl(URI.create(url)))
        .isInstanceOf(IllegalArgumentException.class)
        .message()
        .startsWith("baseUrl must")
        .doesNotContain("pw");
  }

  @Test
  void environmentsPointAtClassPass() {
    assertThat(Environment.SANDBOX.baseUrl()).hasToString("https://sandbox-api.classpass.com");
    assertThat(Environment.PRODUCTION.baseUrl()).hasToString("https://api.classpass.com");
  }

  @Test
  void toStringHidesTheToken() {
    ClassPassClientBuilder builder =
        ClassPassClient.builder().environment(Environment.PRODUCTION).accessToken(TOKEN);

    assertThat(builder.toString())
        .doesNotContain(TOKEN)
        .contains("accessToken=****")
        .contains("baseUrl=https://api.classpass.com")
        .contains("connectTimeout=PT5S", "readTimeout=PT10S", "batchSize=100")
        .contains("maxAttempts=4", "initialBackoff=PT0.5S", "maxBackoff=PT30S");
  }

  @Test
  void lastOfEnvironmentAndBaseUrlWins() {
    ClassPassClientBuilder builder =
        ClassPassClient.builder()
            .baseUrl(URI.create("https://proxy.example.com/"))
            .environment(Environment.SANDBOX);
    assertThat(builder.toString()).contains("baseUrl=https://sandbox-api.classpass.com");

    builder.baseUrl(URI.create("https://proxy.example.com/classpass/"));
    assertThat(builder.toString()).contains("baseUrl=https://proxy.example.com/classpass,");
  }

  @Test
  void nonPositiveTimeoutsAndBatchSizesAreRejected() {
    ClassPassClientBuilder builder = ClassPassClient.builder();

    assertThatThrownBy(() -> builder.connectTimeout(Duration.ZERO))
        .hasMessage("connectTimeout must be positive: PT0S");
    assertThatThrownBy(() -> builder.readTimeout(Duration.ofSeconds(-1)))
        .hasMessage("readTimeout must be positive: PT-1S");
    assertThatThrownBy(() -> builder.batchSize(0)).hasMessage("batchSize must be at least 1: 0");
    assertThatThrownBy(() -> builder.retry(null)).hasMessage("retry");
  }

  @Test
  void retrySettingsAreChecked() {
    assertThatThrownBy(() -> new RetrySettings(0, Duration.ZERO, Duration.ZERO))
        .hasMessageContaining("maxAttempts");
    assertThatThrownBy(() -> new RetrySettings(3, Duration.ofSeconds(2), Duration.ofSeconds(1)))
        .hasMessageContaining("maxBackoff");
    assertThatThrownBy(() -> new RetrySettings(3, Duration.ofSeconds(-1), Duration.ofSeconds(1)))
        .hasMessageContaining("initialBackoff");
    assertThat(RetrySettings.disabled().maxAttempts()).isEqualTo(1);
  }
}
