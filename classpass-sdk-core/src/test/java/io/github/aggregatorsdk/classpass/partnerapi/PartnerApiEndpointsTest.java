package io.github.aggregatorsdk.classpass.partnerapi;

import static io.github.aggregatorsdk.classpass.partnerapi.StudioData.reservation;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.aggregatorsdk.classpass.partnerapi.PartnerApiFixture.Answer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Every endpoint's happy path over real HTTP, compared with golden JSON files. */
class PartnerApiEndpointsTest {

  private final PartnerApiFixture api = new PartnerApiFixture();

  @AfterEach
  void stop() {
    api.close();
  }

  @Test
  void partnersArePagedWithTotalPages() {
    assertGolden(api.get("/partners?page=1&page_size=2"), "partners-page-1.json");
    assertGolden(api.get("/partners?page=2&page_size=2"), "partners-page-2.json");
  }

  @Test
  void partnersWithoutPagingAnswerTheFirstPageOfOneHundred() {
    JsonNode answer = api.get("/partners").json();

    assertThat(answer.get("partners")).hasSize(3);
    assertThat(answer.get("pagination").toString())
        .isEqualTo("{\"page\":1,\"page_size\":100,\"total_pages\":1}");
  }

  @Test
  void partnerAnswersTheEnvelope() {
    assertGolden(api.get("/partners/p-1"), "partner.json");
  }

  @Test
  void venuesArePagedWithTotalPages() {
    assertGolden(api.get("/partners/p-1/venues?page=1&page_size=2"), "venues-page-1.json");
    assertGolden(api.get("/partners/p-1/venues?page=2&page_size=2"), "venues-page-2.json");
  }

  @Test
  void venueAnswersTheEnvelope() {
    assertGolden(api.get("/partners/p-1/venues/v-1"), "venue.json");
  }

  @Test
  void schedulesListOnlyPublishableClassesOpenToClassPassPageByPage() {
    String range = "start_date=2026-03-10&end_date=2026-03-12";

    assertGolden(
        api.get("/partners/p-1/venues/v-1/schedules?" + range + "&page=1&page_size=2"),
        "schedules-page-1.json");
    assertGolden(
        api.get("/partners/p-1/venues/v-1/schedules?" + range + "&page=2&page_size=2"),
        "schedules-page-2.json");
  }

  @Test
  void attendanceListsClassPassBookingsWithTheirStatusPageByPage() {
    assertThat(api.post("/reservations", reservation("r-1", "s-1", "cp-1")).status())
        .isEqualTo(200);
    assertThat(api.post("/reservations", reservation("r-2", "s-1", "cp-2")).status())
        .isEqualTo(200);
    assertThat(api.patch("/reservations/r-2", StudioData.cancellation()).status()).isEqualTo(200);

    String attendance = "/partners/p-1/venues/v-1/schedules/s-1/attendance";
    assertGolden(api.get(attendance + "?page=1&page_size=1"), "attendance-page-1.json");
    assertGolden(api.get(attendance + "?page=2&page_size=1"), "attendance-page-2.json");
  }

  @Test
  void reservationAnswersTheSpotLabel() {
    assertGolden(api.post("/reservations", reservation("r-1", "s-3", "cp-1")), "reservation.json");
    assertGolden(
        api.post("/reservations", reservation("r-2", "s-1", "cp-1")),
        "reservation-without-layout.json");
  }

  @Test
  void cancellationAnswersTheHostsLateCancelDecision() {
    api.post("/reservations", reservation("r-1", "s-1", "cp-1"));

    assertGolden(
        api.patch("/reservations/r-1", "{\"partner_id\": \"p-1\", \"is_late_cancel\": true}"),
        "cancellation.json");
  }

  @Test
  void refusedReservationAnswersTheContractsErrorCode() {
    assertGolden(
        api.post("/reservations", reservation("r-1", "s-5", "cp-1")), "error-class-cancelled.json");
  }

  private static void assertGolden(Answer answer, String file) {
    assertThat(answer.header("Content-Type")).isEqualTo("application/json");
    assertThat(answer.json()).as(answer.body()).isEqualTo(golden(file));
  }

  static JsonNode golden(String file) {
    try (InputStream in =
        PartnerApiEndpointsTest.class.getResourceAsStream("/golden/partnerapi/" + file)) {
      assertThat(in).as("golden file %s", file).isNotNull();
      return PartnerApiFixture.JSON.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
