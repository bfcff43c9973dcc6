package io.github.aggregatorsdk.classpass.partnerapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.aggregatorsdk.classpass.internal.SdkLogCapture;
import io.github.aggregatorsdk.classpass.partnerapi.PartnerApiFixture.Answer;
import io.github.aggregatorsdk.classpass.spi.Customer;
import java.io.UncheckedIOException;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Plausible but bad input answers 2xx or 4xx, never a retryable 500: values the host cannot store,
 * dates far from today, pages far past the end.
 */
class PartnerApiInputLimitsTest {

  private static final String SCHEDULES = "/partners/p-1/venues/v-1/schedules";

  private final PartnerApiFixture api = new PartnerApiFixture();

  @AfterEach
  void stop() {
    api.close();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "start_date=+999999999-12-31&end_date=+999999999-12-31",
        "start_date=2025-03-08&end_date=2025-03-09",
        "start_date=2031-03-10&end_date=2031-03-11",
        "start_date=-999999999-01-01&end_date=-999999999-01-01"
      })
  void implausibleStartDateAnswers400NamingIt(String query) {
    Answer answer = api.get(SCHEDULES + "?" + query);

    assertThat(answer.status()).as(answer.body()).isEqualTo(400);
    assertThat(answer.json().at("/error/message").asText()).contains("start_date");
  }

  @Test
  void endDateMoreThanFiveYearsAheadAnswers400NamingIt() {
    Answer answer = api.get(SCHEDULES + "?start_date=2031-03-01&end_date=2031-03-10");

    assertThat(answer.status()).as(answer.body()).isEqualTo(400);
    assertThat(answer.json().at("/error/message").asText()).contains("end_date");
  }

  @Test
  void datesAYearBackAndFiveYearsAheadAreStillAnswered() {
    assertThat(api.get(SCHEDULES + "?start_date=2025-03-09&end_date=2025-03-10").status())
        .isEqualTo(200);
    assertThat(api.get(SCHEDULES + "?start_date=2031-03-08&end_date=2031-03-09").status())
        .isEqualTo(200);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/partners",
        "/partners/p-1/venues",
        SCHEDULES + "?start_date=2026-03-10&end_date=2026-03-12",
        "/partners/p-1/venues/v-1/schedules/s-1/attendance"
      })
  void pageFarPastTheLastAnswersAnEmptyList(String path) {
    String separator = path.contains("?") ? "&" : "?";
    Answer answer = api.get(path + separator + "page=2147483647&page_size=500");

    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    JsonNode list = listOf(answer.json());
    assertThat(list.isArray()).isTrue();
    assertThat(list).isEmpty();
    assertThat(answer.json().at("/pagination/page").asInt()).isEqualTo(Integer.MAX_VALUE);
    assertThat(answer.json().at("/pagination/page_size").asInt()).isEqualTo(500);
  }

  @ParameterizedTest
  @ValueSource(strings = {"501", "1000", "2147483647"})
  void pageSizeAboveTheMaximumIsClampedAndSaysSo(String size) {
    Answer answer = api.get("/partners?page_size=" + size);

    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    assertThat(answer.json().at("/pagination/page_size").asInt()).isEqualTo(500);
    assertThat(answer.json().get("partners")).hasSize(3);
  }

  @Test
  void pagingMissingMeansPageOneOfAHundred() {
    Answer answer = api.get("/partners");

    assertThat(answer.json().at("/pagination/page").asInt()).isEqualTo(1);
    assertThat(answer.json().at("/pagination/page_size").asInt()).isEqualTo(100);
  }

  @Test
  void fiveThousandCharacterFirstNameAnswers4001NamingItAndBooksNothing() {
    ObjectNode body = reservation("r-long-name");
    body.with("user").put("first_name", "A".repeat(5_000));

    Answer answer = api.post("/reservations", body.toString());

    assertThat(answer.status()).as(answer.body()).isEqualTo(400);
    assertThat(answer.json().at("/error/code").asInt()).isEqualTo(4001);
    assertThat(answer.json().at("/error/message").asText()).contains("user.first_name");
    assertThat(api.studio.bookings().all()).isEmpty();
    assertThat(api.studio.customers().all()).isEmpty();
  }

  @Test
  void nulInLastNameAnswers4001NamingIt() {
    ObjectNode body = reservation("r-nul");
    body.with("user").put("last_name", "Quill\u0000feather");

    Answer answer = api.post("/reservations", body.toString());

    assertThat(answer.json().at("/error/code").asInt()).as(answer.body()).isEqualTo(4001);
    assertThat(answer.json().at("/error/message").asText()).contains("user.last_name");
    assertThat(api.studio.bookings().all()).isEmpty();
  }

  @Test
  void overlongReservationIdAnswers4001NamingIt() {
    ObjectNode body = reservation("r".repeat(101));

    Answer answer = api.post("/reservations", body.toString());

    assertThat(answer.json().at("/error/code").asInt()).as(answer.body()).isEqualTo(4001);
    assertThat(answer.json().at("/error/message").asText()).contains("reservation_id");
    assertThat(api.studio.bookings().all()).isEmpty();
  }

  @Test
  void unstorableOptionalFieldsAreDroppedAndTheBookingIsMade() throws Exception {
    ObjectNode body = reservation("r-dropped");
    ObjectNode user = body.with("user");
    user.put("user_email", "z".repeat(10_000) + "@example.org");
    user.put("phone", "+1 555\u0007 0199");
    user.with("address").put("country", "USA");
    user.with("address").put("city", "Spring\u202Efield\uD83D\uDE00");
    AtomicReference<Answer> answer = new AtomicReference<>();

    String log =
        SdkLogCapture.during(() -> answer.getAndSet(api.post("/reservations", body.toString())));

    assertThat(answer.get().status()).as(answer.get().body()).isEqualTo(200);
    assertThat(api.studio.bookings().all()).hasSize(1);
    Customer customer = api.studio.customers().all().get(0);
    assertThat(customer.firstName()).isEqualTo("Zephyrine");
    assertThat(customer.email()).isNull();
    assertThat(customer.phone()).isNull();
    assertThat(log).contains("user.user_email", "user.phone", "user.address.country");
    assertThat(log).doesNotContain("zzzz", "USA", "0199");
  }

  @Test
  void storableValuesAtTheLimitsAreKeptAsSent() {
    ObjectNode body = reservation("r-at-limits");
    ObjectNode user = body.with("user");
    String first = "\uD83D\uDE00" + "ä".repeat(98);
    String email = "a".repeat(254 - "@example.org".length()) + "@example.org";
    user.put("first_name", first);
    user.put("last_name", "\u05E9\u05DC\u05D5\u05DD");
    user.put("user_email", email);
    user.with("address").put("country", "us");

    Answer answer = api.post("/reservations", body.toString());

    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    Customer customer = api.studio.customers().all().get(0);
    assertThat(customer.firstName()).isEqualTo(first);
    assertThat(customer.lastName()).isEqualTo("\u05E9\u05DC\u05D5\u05DD");
    assertThat(customer.email()).isEqualTo(email);
  }

  private static ObjectNode reservation(String reservationId) {
    try {
      return (ObjectNode)
          PartnerApiFixture.JSON.readTree(StudioData.reservation(reservationId, "s-1", "cp-9"));
    } catch (java.io.IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static JsonNode listOf(JsonNode answer) {
    for (String key : new String[] {"partners", "venues", "schedules", "attendance"}) {
      if (answer.has(key)) {
        return answer.get(key);
      }
    }
    throw new AssertionError("no list in " + answer);
  }
}
