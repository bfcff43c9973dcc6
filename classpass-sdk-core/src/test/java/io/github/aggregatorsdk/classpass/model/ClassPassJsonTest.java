package io.github.aggregatorsdk.classpass.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import io.github.aggregatorsdk.classpass.model.internal.ApiError;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ClassPassJsonTest {

  private final ObjectMapper mapper = ClassPassJson.newObjectMapper();

  @Test
  void utcIsWrittenAsPlusZeroZeroNotZ() throws Exception {
    Room room = new Room("r", "A", OffsetDateTime.of(2019, 1, 2, 20, 30, 0, 0, ZoneOffset.UTC));

    assertThat(mapper.writeValueAsString(room))
        .contains("\"last_updated\":\"2019-01-02T20:30:00+00:00\"");
  }

  @Test
  void offsetDateTimeKeepsItsOffsetWhenRead() throws Exception {
    Room room = mapper.readValue("{\"last_updated\":\"2019-01-02T20:30:00+05:30\"}", Room.class);

    assertThat(room.lastUpdated().getOffset()).isEqualTo(ZoneOffset.ofHoursMinutes(5, 30));
    assertThat(mapper.writeValueAsString(room)).contains("\"2019-01-02T20:30:00+05:30\"");
  }

  @Test
  void zuluOnReadIsWrittenBackAsPlusZeroZero() throws Exception {
    Room room = mapper.readValue("{\"last_updated\":\"2019-01-02T20:30:00Z\"}", Room.class);

    assertThat(mapper.writeValueAsString(room)).contains("\"2019-01-02T20:30:00+00:00\"");
  }

  @Test
  void fractionOfASecondIsKeptBecauseLastUpdatedOrdersVersions() throws Exception {
    Room room = new Room("r", "A", OffsetDateTime.parse("2019-01-02T20:30:00.125-05:00"));

    assertThat(mapper.writeValueAsString(room)).contains("\"2019-01-02T20:30:00.125-05:00\"");
  }

  @Test
  void bookableWindowIsWrittenAsLocalDateTimeToTheSecond() throws Exception {
    Schedule schedule =
        withWindow(LocalDateTime.of(2019, 1, 2, 8, 0, 0, 999_000_000), Duration.ofMinutes(90));

    JsonNode json = mapper.valueToTree(schedule);

    assertThat(json.get("bookable_window_starts").asText()).isEqualTo("2019-01-02T08:00:00");
    assertThat(json.get("late_cancel_window").asText()).isEqualTo("01:30");
  }

  @ParameterizedTest(name = "{0} minutes under {1} are written {2}")
  @CsvSource({
    "0, ar-EG, 00:00",
    "725, ar-EG, 12:05",
    "2160, fa-IR, 36:00",
    "6000, hi-IN-u-nu-deva, 100:00",
    "59, th-TH-u-nu-thai, 00:59"
  })
  void lateCancelWindowIsWrittenWithAsciiDigitsWhateverTheDefaultLocale(
      long minutes, String locale, String written) {
    Locale previous = Locale.getDefault(Locale.Category.FORMAT);
    Locale.setDefault(Locale.Category.FORMAT, Locale.forLanguageTag(locale));
    try {
      JsonNode json = mapper.valueToTree(withWindow(null, Duration.ofMinutes(minutes)));

      assertThat(json.get("late_cancel_window").asText()).isEqualTo(written);
    } finally {
      Locale.setDefault(Locale.Category.FORMAT, previous);
    }
  }

  @ParameterizedTest(name = "{0} reads as {1} minutes")
  @CsvSource({
    "08:00, 480",
    "8:00, 480",
    "00:45, 45",
    "36:00, 2160",
    "12:30:00, 750",
    "1970-01-01T08:00:00, 480",
    "0001-01-01T02:30:00, 150",
    "1970-01-01T08:00:00+00:00, 480",
    "1970-01-01T08:00:00Z, 480",
    "1970-01-01 06:15, 375"
  })
  void lateCancelWindowIsReadFromHoursMinutesAndFromADateTime(String text, long minutes)
      throws Exception {
    Schedule schedule =
        mapper.readValue("{\"late_cancel_window\":\"" + text + "\"}", Schedule.class);

    assertThat(schedule.lateCancelWindow()).isEqualTo(Duration.ofMinutes(minutes));
  }

  @Test
  void lateCancelWindowReadFromADateTimeIsWrittenAsHoursMinutes() throws Exception {
    Schedule schedule =
        mapper.readValue("{\"late_cancel_window\":\"1970-01-01T08:00:00\"}", Schedule.class);

    assertThat(mapper.valueToTree(schedule).get("late_cancel_window").asText()).isEqualTo("08:00");
  }

  @Test
  void lateCancelWindowInAnotherFormIsRejectedNamingTheField() {
    assertThatThrownBy(
            () -> mapper.readValue("{\"late_cancel_window\":\"eight hours\"}", Schedule.class))
        .isInstanceOf(InvalidFormatException.class)
        .hasMessageContaining("late_cancel_window");
  }

  @Test
  void negativeLateCancelWindowIsRejected() {
    assertThatThrownBy(() -> withWindow(null, Duration.ofMinutes(-1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("lateCancelWindow");
  }

  @Test
  void unknownFieldsAreIgnored() throws Exception {
    Partner partner =
        mapper.readValue(
            "{\"partner_id\":\"p\",\"partner_name\":\"P\",\"brand_color\":\"#fff\","
                + "\"images\":[{\"url\":\"u\",\"alt\":\"x\"}],\"extra\":{\"a\":[1,2]}}",
            Partner.class);

    assertThat(partner.partnerId()).isEqualTo("p");
    assertThat(partner.images()).containsExactly(new Image(0, 0, "u"));
  }

  @Test
  void absentOptionalFieldsAreNotWritten() {
    Venue venue = new Venue("p", "v", "V", null, null, null, null, null, null, null, null);

    JsonNode json = mapper.valueToTree(venue);

    assertThat(json.fieldNames())
        .toIterable()
        .containsExactly("partner_id", "venue_id", "venue_name", "images");
    assertThat(json.get("images").isEmpty()).isTrue();
  }

  @Test
  void absentListsReadAsEmptyListsAndListsAreImmutable() throws Exception {
    Schedule schedule = mapper.readValue("{\"id\":\"s\"}", Schedule.class);

    assertThat(schedule.teachers()).isEmpty();
    assertThat(schedule.layout()).isEmpty();
    assertThat(schedule.availableSpotLabels()).isEmpty();
    assertThatThrownBy(() -> schedule.availableSpotLabels().add("A1"))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void eachMapperIsAFreshInstanceSoReconfiguringOneLeavesOthersAlone() throws Exception {
    ObjectMapper reconfigured = ClassPassJson.newObjectMapper();
    reconfigured.enable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    Room room = new Room("r", "A", OffsetDateTime.parse("2019-01-02T20:30:00+00:00"));

    assertThat(mapper.writeValueAsString(room)).contains("\"2019-01-02T20:30:00+00:00\"");
    assertThat(reconfigured).isNotSameAs(mapper);
  }

  @Test
  void errorBodyWithoutSomeFieldsReadsThemAsNull() throws Exception {
    ApiError error = mapper.readValue("{\"error\":{\"message\":\"boom\"}}", ApiError.class);

    assertThat(error.error()).isEqualTo(new ApiError.Detail(null, null, "boom"));
  }

  private static Schedule withWindow(LocalDateTime starts, Duration lateCancelWindow) {
    return new Schedule(
        "s",
        "p",
        "v",
        null,
        null,
        null,
        null,
        List.of(),
        null,
        null,
        null,
        0,
        0,
        false,
        null,
        null,
        starts,
        null,
        lateCancelWindow,
        false,
        null);
  }

  @Test
  void aVenuesLateCancelWindowIsWrittenHoursMinutesAndReadTolerantly() throws Exception {
    Venue venue = new Venue("p-1", "v-1", "Flow Mitte", null, null, null, null, null, null,
        null, java.time.OffsetDateTime.parse("2026-01-01T00:00:00+00:00"),
        java.time.Duration.ofMinutes(90));

    com.fasterxml.jackson.databind.JsonNode json = mapper.valueToTree(venue);

    assertThat(json.get("late_cancel_window").asText()).isEqualTo("01:30");
    assertThat(mapper.readValue("{\"late_cancel_window\":\"12:00\"}", Venue.class)
        .lateCancelWindow()).isEqualTo(java.time.Duration.ofHours(12));
    assertThat(mapper.valueToTree(new Venue("p-1", "v-1", "Flow Mitte", null, null, null, null,
        null, null, null, java.time.OffsetDateTime.parse("2026-01-01T00:00:00+00:00")))
        .has("late_cancel_window")).isFalse();
  }

  @Test
  void aScheduleAlwaysCarriesIsCancelledHasLayoutAndLastUpdated() throws Exception {
    Schedule minimal = mapper.readValue("{\"id\":\"s-1\",\"last_updated\":"
        + "\"2026-01-01T00:00:00+00:00\"}", Schedule.class);

    com.fasterxml.jackson.databind.JsonNode json = mapper.valueToTree(minimal);

    assertThat(json.has("is_cancelled")).isTrue();
    assertThat(json.has("has_layout")).isTrue();
    assertThat(json.has("last_updated")).isTrue();
  }
}
