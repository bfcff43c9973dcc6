package io.github.aggregatorsdk.classpass.model;

import static io.github.aggregatorsdk.classpass.model.WireExamples.golden;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.aggregatorsdk.classpass.model.internal.ApiError;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every golden file reads into the records built in Java, and they write back the same JSON. */
class GoldenJsonTest {

  private final ObjectMapper mapper = ClassPassJson.newObjectMapper();

  static Stream<Arguments> shapes() {
    return Stream.of(
        Arguments.of("partner.json", WireExamples.partner()),
        Arguments.of("venue.json", WireExamples.venue()),
        Arguments.of("schedule.json", WireExamples.schedule()),
        Arguments.of("schedule-update-event.json", UpdateEvent.of(WireExamples.schedule())),
        Arguments.of(
            "reservation-update-event.json", UpdateEvent.of(WireExamples.reservationUpdate())),
        Arguments.of("batch-updates.json", WireExamples.batch()),
        Arguments.of(
            "error.json",
            ApiError.of(
                4003,
                "NO_CAPACITY_EXCEPTION",
                "No spot left for ClassPass on schedule s-2019-01-02-2030.")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("shapes")
  void goldenFileReadsIntoTheRecordBuiltInJava(String file, Object expected) throws Exception {
    assertThat(mapper.readValue(golden(file), expected.getClass())).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("shapes")
  void recordBuiltInJavaWritesTheGoldenJson(String file, Object record) throws Exception {
    JsonNode written = mapper.readTree(mapper.writeValueAsString(record));

    assertThat(written).isEqualTo(mapper.readTree(golden(file)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("shapes")
  void goldenFileSurvivesARoundTripUnchanged(String file, Object record) throws Exception {
    Object read = mapper.readValue(golden(file), record.getClass());

    assertThat(mapper.readTree(mapper.writeValueAsString(read)))
        .isEqualTo(mapper.readTree(golden(file)));
  }
}
