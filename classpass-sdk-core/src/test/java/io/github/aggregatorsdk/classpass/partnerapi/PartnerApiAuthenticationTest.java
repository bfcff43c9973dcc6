package io.github.aggregatorsdk.classpass.partnerapi;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.aggregatorsdk.classpass.partnerapi.PartnerApiFixture.Answer;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Authentication comes before everything else, and both of ClassPass's schemes work. */
class PartnerApiAuthenticationTest {

  private final PartnerApiFixture api = new PartnerApiFixture();

  @AfterEach
  void stop() {
    api.close();
  }

  @ParameterizedTest
  @ValueSource(strings = {"Bearer", "Token", "bearer", "TOKEN", "bEaReR"})
  void acceptsBearerAndTokenSchemesInAnyCase(String scheme) {
    Answer answer =
        api.send(
            "GET",
            "/partners/p-1",
            null,
            Map.of("Authorization", scheme + " " + PartnerApiFixture.TOKEN));

    assertThat(answer.status()).isEqualTo(200);
  }

  @Test
  void toleratesWhitespaceAroundTheToken() {
    Answer answer =
        api.send(
            "GET",
            "/partners",
            null,
            Map.of("Authorization", "Bearer    " + PartnerApiFixture.TOKEN + "  "));

    assertThat(answer.status()).isEqualTo(200);
  }

  @Test
  void wrongTokenIsRefusedBeforeAnyHostCodeRuns() {
    Answer answer =
        api.send(
            "POST",
            "/reservations",
            StudioData.reservation("r-1", "s-1", "cp-1"),
            Map.of("Authorization", "Bearer nope", "Content-Type", "application/json"));

    assertThat(answer.status()).isEqualTo(401);
    assertThat(answer.header("WWW-Authenticate"))
        .isEqualTo("Bearer realm=\"classpass-partner-api\"");
    assertThat(answer.json().at("/error/name").asText()).isEqualTo("UNAUTHORIZED");
    assertThat(api.spiCalls()).isZero();
    assertThat(api.studio.bookings().all()).isEmpty();
  }

  @Test
  void unknownPathsUnderTheBasePathNeedTheTokenToo() {
    Answer answer = api.send("GET", "/secret/admin", null, Map.of());

    assertThat(answer.status()).isEqualTo(401);
  }

  @Test
  void pathsOutsideTheBasePathAreNotTheApisAndAnswerNotFound() {
    Answer answer = api.sendRaw("GET", "/classpassive/partners", null, PartnerApiFixture.AUTH);

    assertThat(answer.status()).isEqualTo(404);
    assertThat(answer.json().at("/error/name").asText()).isEqualTo("NOT_FOUND");
    assertThat(api.spiCalls()).isZero();
  }

  @Test
  void tokenNeverAppearsInAnyAnswer() {
    Answer answer =
        api.send(
            "GET", "/partners", null, Map.of("Authorization", "Basic " + PartnerApiFixture.TOKEN));

    assertThat(answer.body()).doesNotContain(PartnerApiFixture.TOKEN);
  }
}
