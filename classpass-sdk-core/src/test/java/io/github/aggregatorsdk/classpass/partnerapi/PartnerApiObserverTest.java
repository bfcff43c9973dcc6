package io.github.aggregatorsdk.classpass.partnerapi;

import static io.github.aggregatorsdk.classpass.partnerapi.StudioData.reservation;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.aggregatorsdk.classpass.model.PartnerApiErrorCode;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/**
 * The request observer hears every answer by route template. (The ids in the MDC are tested in the
 * starter: slf4j-simple, the core's test logger, has no MDC.)
 */
class PartnerApiObserverTest {

  private final List<String> heard = new CopyOnWriteArrayList<>();
  private final PartnerApiObserver recording =
      method -> (route, response) -> heard.add(method + " " + route + " " + response.status() + " "
          + response.errorCode().map(PartnerApiErrorCode::name).orElse("-"));

  @Test
  void everyAnswerIsHeardWithItsRouteTemplateStatusAndErrorCode() {
    try (PartnerApiFixture api = new PartnerApiFixture(builder -> builder.observer(recording))) {
      api.get("/partners/p-1/venues");
      api.get("/partners/p-1/venues/v-9");
      api.post("/reservations", reservation("r-1", "s-1", "cp-1"));
      api.patch("/reservations/r-1", StudioData.cancellation());
      api.send("GET", "/partners", null, Map.of("Authorization", "Bearer wrong-token-0000"));
      api.get("/nothing/here");
      api.send("DELETE", "/partners", null, PartnerApiFixture.AUTH);
    }

    assertThat(heard).containsExactly(
        "GET /partners/{partner_id}/venues 200 -",
        "GET /partners/{partner_id}/venues/{venue_id} 404 NOT_FOUND",
        "POST /reservations 200 -",
        "PATCH /reservations/{reservation_id} 200 -",
        "GET /partners 401 UNAUTHORIZED",
        "GET (no route) 404 NOT_FOUND",
        "DELETE /partners 405 METHOD_NOT_ALLOWED");
  }

  @Test
  void aFailingObserverNeverChangesTheAnswer() {
    PartnerApiObserver broken = method -> (route, response) -> {
      throw new IllegalStateException("observer bug");
    };
    try (PartnerApiFixture api = new PartnerApiFixture(builder -> builder.observer(broken))) {
      assertThat(api.get("/partners").status()).isEqualTo(200);
    }
  }
}
