package io.github.aggregatorsdk.classpass.partnerapi;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.aggregatorsdk.classpass.model.internal.ApiError;
import io.github.aggregatorsdk.classpass.partnerapi.PartnerApiFixture.Answer;
import io.github.aggregatorsdk.classpass.spi.Booking;
import io.github.aggregatorsdk.classpass.spi.Customer;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A generated table of bad requests: each gets a 4xx with the contract's error body, never a 500,
 * writes nothing, and calls the host only when it must look an id up.
 */
class PartnerApiBadInputTest {

  private static PartnerApiFixture api;
  private static Snapshot before;

  @BeforeAll
  static void start() {
    api = new PartnerApiFixture();
    Answer existing =
        api.post("/reservations", StudioData.reservation("r-existing", "s-1", "cp-existing"));
    assertThat(existing.status()).as(existing.body()).isEqualTo(200);
    before = Snapshot.of(api);
  }

  @AfterAll
  static void stop() {
    api.close();
  }

  static Stream<BadInput> cases() {
    return Stream.concat(BadBodies.all().stream(), BadRequests.all().stream());
  }

  @Test
  void tableHasAtLeastTwoHundredCases() {
    assertThat(cases()).hasSizeGreaterThanOrEqualTo(200);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void badInputGetsAnErrorBodyAndChangesNothing(BadInput input) throws Exception {
    int callsBefore = api.spiCalls();

    Answer answer = api.send(input.method(), input.pathAndQuery(), input.body(), input.headers());

    assertThat(answer.status()).as(answer.body()).isEqualTo(input.status());
    assertThat(answer.header("Content-Type")).isEqualTo("application/json");
    ApiError error = PartnerApiFixture.JSON.readValue(answer.body(), ApiError.class);
    assertThat(error.error()).isNotNull();
    assertThat(error.error().code()).isNotNull();
    assertThat(error.error().name()).isNotBlank();
    assertThat(error.error().message()).isNotBlank();
    assertThat(answer.json().size()).isEqualTo(1);
    assertThat(answer.json().get("error").size()).isEqualTo(3);
    assertThat(answer.body()).doesNotContain(StudioData.SECRETS);
    if (input.status() == 401) {
      assertThat(answer.header("WWW-Authenticate")).startsWith("Bearer");
    }
    if (input.status() == 405) {
      assertThat(answer.header("Allow")).isNotBlank();
    }
    if (!input.touchesSpi()) {
      assertThat(api.spiCalls()).as("calls to the host SPI").isEqualTo(callsBefore);
    }
    assertThat(Snapshot.of(api)).isEqualTo(before);
  }

  /** What a bad request must never change. */
  record Snapshot(List<Customer> customers, List<Booking> bookings) {
    static Snapshot of(PartnerApiFixture api) {
      return new Snapshot(api.studio.customers().all(), api.studio.bookings().all());
    }
  }
}
