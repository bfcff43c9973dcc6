package io.github.aggregatorsdk.classpass.partnerapi;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.aggregatorsdk.classpass.booking.BookingServices;
import io.github.aggregatorsdk.classpass.internal.SdkLogCapture;
import io.github.aggregatorsdk.classpass.spi.memory.InMemoryStudio;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** ClassPass's token can be rotated without downtime; refused calls are counted and logged. */
class TokenRotationTest {

  private final InMemoryStudio studio = new InMemoryStudio(Clock.systemUTC());
  private final List<String> refused = new CopyOnWriteArrayList<>();
  private final PartnerApiHandler handler = PartnerApiHandler.builder()
      .token("new-token-0123456789")
      .previousTokens(List.of("old-token-0123456789"))
      .refusedCallListener(refused::add)
      .bookingServices(BookingServices.builder()
          .customers(studio.customers()).sessions(studio.sessions())
          .bookings(studio.bookings()).transactions(studio.transactions()).build())
      .sessions(studio.sessions())
      .partners(studio.partners())
      .build();

  @Test
  void theNewAndThePreviousTokenAreBothAcceptedDuringARotation() {
    assertThat(get("Bearer new-token-0123456789").status()).isEqualTo(200);
    assertThat(get("Token old-token-0123456789").status()).isEqualTo(200);
    assertThat(refused).isEmpty();
  }

  @Test
  void aRefusedCallIsCountedAndLoggedAtWarnOnceAMinuteWithoutTheToken() throws Exception {
    String logged = SdkLogCapture.during(() -> {
      for (int i = 0; i < 5; i++) {
        assertThat(get("Bearer guessed-token-" + i).status()).isEqualTo(401);
      }
      return null;
    });

    assertThat(refused).hasSize(5).containsOnly("/partners");
    assertThat(logged).containsOnlyOnce("refused 1 call(s) for a missing or wrong token")
        .doesNotContain("guessed-token");
  }

  private PartnerApiResponse get(String authorization) {
    return handler.handle(PartnerApiRequest.of("GET", "/partners", null,
        name -> Map.of("authorization", authorization).get(name.toLowerCase(Locale.ROOT)),
        null));
  }
}
