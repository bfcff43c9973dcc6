package io.github.aggregatorsdk.classpass.partnerapi;

import static io.github.aggregatorsdk.classpass.partnerapi.StudioData.reservation;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.aggregatorsdk.classpass.internal.SdkLogCapture;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Everything the SDK logs at every level (surefire sets slf4j-simple to TRACE for the SDK's
 * loggers, into a file) during a full flow carries no personal data and no token.
 */
class PartnerApiLoggingTest {

  private static final String WRONG_TOKEN = "wrong-token-5d1e77aa";

  @Test
  void fullFlowLogsNoPersonalDataOrTokenAtAnyLevel() throws Exception {
    String logged = SdkLogCapture.during(PartnerApiLoggingTest::fullFlow);

    assertThat(logged)
        .as("the capture works: surefire must set the SDK's loggers to TRACE")
        .contains("DEBUG")
        .contains("partner API POST /reservations answered 200")
        .contains("partner API PATCH /reservations/{reservation_id} answered 200")
        .contains("partner API GET /partners answered 401")
        .contains("ClassPass user cp-1");
    assertThat(logged.split("\n"))
        .filteredOn(line -> line.contains("ERROR") && line.contains("answered 500"))
        .as("each 500 is logged once at ERROR")
        .hasSize(2);
    assertThat(logged)
        .contains("java.lang.IllegalStateException (message withheld)")
        .contains("Caused by: java.lang.RuntimeException (message withheld)")
        .contains("\tat ");
    assertThat(logged).doesNotContain(StudioData.SECRETS).doesNotContain(WRONG_TOKEN);
  }

  private static Void fullFlow() throws Exception {
    try (PartnerApiFixture api = new PartnerApiFixture()) {
      api.get("/partners");
      api.get("/partners/p-1/venues/v-1/schedules?start_date=2026-03-10&end_date=2026-03-12");
      assertThat(api.post("/reservations", reservation("r-1", "s-1", "cp-1")).status())
          .isEqualTo(200);
      assertThat(api.post("/reservations", reservation("r-1", "s-1", "cp-1")).status())
          .isEqualTo(200);
      assertThat(api.post("/reservations", reservation("r-2", "s-5", "cp-2")).status())
          .isEqualTo(400);
      assertThat(api.patch("/reservations/r-1", StudioData.cancellation()).status()).isEqualTo(200);
      api.get("/partners/p-1/venues/v-1/schedules/s-1/attendance");
      assertThat(
              api.send("GET", "/partners", null, Map.of("Authorization", "Bearer " + WRONG_TOKEN))
                  .status())
          .isEqualTo(401);
      api.spi.failure.set(personalFailure());
      assertThat(api.post("/reservations", reservation("r-3", "s-1", "cp-3")).status())
          .isEqualTo(500);
      api.spi.failure.set(null);
      api.directory.failure.set(personalFailure());
      assertThat(api.get("/partners/p-1").status()).isEqualTo(500);
    }
    return null;
  }

  /** A host exception whose messages quote personal data, as a careless repository's might. */
  private static RuntimeException personalFailure() {
    return new IllegalStateException(
        "duplicate customer zephyrine.quill@example.org (Zephyrine Quillfeather, 1987-06-05)",
        new RuntimeException("address 742 Evergreen Terrace rejected, phone +1 555 0199 4242"));
  }
}
