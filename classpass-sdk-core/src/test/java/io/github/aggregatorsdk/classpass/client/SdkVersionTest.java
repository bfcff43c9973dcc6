package io.github.aggregatorsdk.classpass.client;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SdkVersionTest {

  @Test
  void versionIsTheOneMavenBuilt() {
    assertThat(SdkVersion.current()).isEqualTo(System.getProperty("classpass.sdk.expected-version"));
  }

  @Test
  void userAgentNamesTheSdkAndItsVersion() {
    assertThat(SdkVersion.userAgent()).isEqualTo("classpass-sdk-java/" + SdkVersion.current());
  }
}
