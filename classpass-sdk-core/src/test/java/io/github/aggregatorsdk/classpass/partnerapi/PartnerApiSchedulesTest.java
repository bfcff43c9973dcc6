package io.github.aggregatorsdk.classpass.partnerapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.aggregatorsdk.classpass.partnerapi.PartnerApiFixture.Answer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Schedules paging across several host pages, range limits, and protocol details over HTTP. */
class PartnerApiSchedulesTest {

  private final PartnerApiFixture api = new PartnerApiFixture();

  @AfterEach
  void stop() {
    api.close();
  }

  @Test
  void pagesAreCutFromListableSessionsAcrossSeveralHostPages() {
    for (int i = 0; i < 450; i++) {
      api.studio
          .sessions()
          .save(
              StudioData.session(
                      "k-%03d".formatted(i),
                      i % 3 == 0 ? StudioData.PRIVATE : StudioData.YOGA,
                      StudioData.at(10 + i % 3, 6).plusMinutes(i))
                  .venueId("v-2")
                  .build());
    }
    String schedules =
        "/partners/p-1/venues/v-2/schedules?start_date=2026-03-10&end_date=2026-03-12&page_size=250";

    JsonNode first = api.get(schedules + "&page=1").json();
    JsonNode second = api.get(schedules + "&page=2").json();
    JsonNode third = api.get(schedules + "&page=3").json();

    assertThat(first.get("schedules")).hasSize(250);
    assertThat(second.get("schedules")).hasSize(50);
    assertThat(third.get("schedules")).isEmpty();
    assertThat(first.at("/pagination/total_pages").asInt()).isEqualTo(2);
    assertThat(third.at("/pagination/total_pages").asInt()).isEqualTo(2);
    List<String> ids = new ArrayList<>();
    first.get("schedules").forEach(schedule -> ids.add(schedule.get("id").asText()));
    second.get("schedules").forEach(schedule -> ids.add(schedule.get("id").asText()));
    assertThat(ids).doesNotHaveDuplicates().hasSize(300);
  }

  @Test
  void rangeOfExactlyTheMaximumIsAccepted() {
    Answer answer =
        api.get("/partners/p-1/venues/v-1/schedules?start_date=2026-01-01&end_date=2026-04-02");

    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.json().get("schedules")).hasSize(4);
  }

  @Test
  void configuredMaximumRangeApplies() {
    try (PartnerApiFixture narrow = new PartnerApiFixture(builder -> builder.maxScheduleDays(2))) {
      Answer answer =
          narrow.get(
              "/partners/p-1/venues/v-1/schedules?start_date=2026-03-10&end_date=2026-03-12");

      assertThat(answer.status()).isEqualTo(400);
      assertThat(answer.json().at("/error/message").asText()).contains("at most 2 days");
    }
  }

  @Test
  void trailingSlashIsTolerated() {
    assertThat(api.get("/partners/").status()).isEqualTo(200);
    assertThat(api.get("/partners/p-1/").json().at("/partner/partner_id").asText())
        .isEqualTo("p-1");
  }

  @Test
  void percentEncodedIdsAreDecoded() {
    assertThat(api.get("/partners/p%2D1").json().at("/partner/partner_id").asText())
        .isEqualTo("p-1");
  }

  @Test
  void jsonWithCharsetIsAccepted() {
    Answer answer =
        api.send(
            "POST",
            "/reservations",
            StudioData.reservation("r-1", "s-1", "cp-1"),
            Map.of(
                "Authorization",
                "Bearer " + PartnerApiFixture.TOKEN,
                "Content-Type",
                "Application/JSON; charset=UTF-8"));

    assertThat(answer.status()).isEqualTo(200);
  }

  @Test
  void bodyWithoutContentTypeIsReadAsJson() {
    Answer answer =
        api.send(
            "POST",
            "/reservations",
            StudioData.reservation("r-1", "s-1", "cp-1"),
            PartnerApiFixture.AUTH);

    assertThat(answer.status()).isEqualTo(200);
  }

  @Test
  void headOnAGetEndpointIsNotAllowedAndHasNoBody() {
    Answer answer = api.send("HEAD", "/partners", null, PartnerApiFixture.AUTH);

    assertThat(answer.status()).isEqualTo(405);
    assertThat(answer.header("Allow")).isEqualTo("GET");
    assertThat(answer.body()).isEmpty();
  }

  @Test
  void hostFailureAnswersInternalErrorAndCommitsNothing() {
    api.spi.failure.set(new IllegalStateException("database down"));

    Answer answer = api.post("/reservations", StudioData.reservation("r-1", "s-1", "cp-1"));

    api.spi.failure.set(null);
    assertThat(answer.status()).isEqualTo(500);
    assertThat(answer.json().toString())
        .isEqualTo(
            "{\"error\":{\"code\":500,\"name\":\"INTERNAL_ERROR\",\"message\":"
                + "\"the studio's system failed unexpectedly; the request may be retried\"}}");
    assertThat(api.studio.bookings().all()).isEmpty();
    assertThat(api.studio.customers().all()).isEmpty();
  }
}
