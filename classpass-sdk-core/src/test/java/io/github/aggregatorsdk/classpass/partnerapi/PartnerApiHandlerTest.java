package io.github.aggregatorsdk.classpass.partnerapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.aggregatorsdk.classpass.booking.BookingServices;
import io.github.aggregatorsdk.classpass.spi.memory.InMemoryStudio;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The handler called directly, without HTTP: its builder and what no HTTP client can send. */
class PartnerApiHandlerTest {

  private final InMemoryStudio studio = new InMemoryStudio();
  private final BookingServices services =
      BookingServices.builder()
          .customers(studio.customers())
          .sessions(studio.sessions())
          .bookings(studio.bookings())
          .transactions(studio.transactions())
          .build();

  private PartnerApiHandlerBuilder builder() {
    return PartnerApiHandler.builder()
        .token(PartnerApiFixture.TOKEN)
        .bookingServices(services)
        .sessions(studio.sessions())
        .partners(studio.partners());
  }

  @Test
  void buildFailsFastNamingWhatIsMissing() {
    assertThatThrownBy(() -> PartnerApiHandler.builder().build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("token");
    assertThatThrownBy(() -> PartnerApiHandler.builder().token("t").build())
        .hasMessageContaining("bookingServices");
    assertThatThrownBy(() -> builder().token("  ")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> builder().maxBodyBytes(0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> builder().maxScheduleDays(0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void toStringNeverShowsTheToken() {
    PartnerApiHandlerBuilder builder = builder().basePath("/classpass");

    assertThat(builder.toString()).doesNotContain(PartnerApiFixture.TOKEN).contains("/classpass");
    assertThat(builder.build().toString()).doesNotContain(PartnerApiFixture.TOKEN);
  }

  @ParameterizedTest
  @CsvSource(
      value = {
        "'',''",
        "/,''",
        "classpass,/classpass",
        "/classpass/,/classpass",
        "//api//classpass//,/api/classpass",
        "' /classpass ',/classpass"
      })
  void basePathIsNormalised(String given, String normalised) {
    assertThat(builder().basePath(given).build().basePath()).isEqualTo(normalised);
  }

  @Test
  void rootBasePathServesTheEndpointsAtTheRoot() {
    PartnerApiResponse response = builder().build().handle(get("/partners", null));

    assertThat(response.status()).isEqualTo(200);
    assertThat(response.contentType()).isEqualTo("application/json");
    assertThat(new String(response.body(), StandardCharsets.UTF_8))
        .isEqualTo(
            "{\"partners\":[],\"pagination\":{\"page\":1,\"page_size\":100,\"total_pages\":1}}");
  }

  @Test
  void malformedPercentEscapesAreBadRequests() {
    PartnerApiHandler handler = builder().build();

    assertThat(handler.handle(get("/partners/%zz", null)).status()).isEqualTo(400);
    assertThat(handler.handle(get("/partners/%4", null)).status()).isEqualTo(400);
    assertThat(handler.handle(get("/partners", "page=%zz")).status()).isEqualTo(400);
  }

  @Test
  void requestRefusedBeforeHandlingGetsTheSameAnswersAsAMalformedPath() {
    PartnerApiHandler handler = builder().build();

    PartnerApiResponse withToken = handler.refusedBeforeHandling(
        "GET", name -> name.equals("Authorization") ? "Bearer " + PartnerApiFixture.TOKEN : null);
    PartnerApiResponse withoutToken = handler.refusedBeforeHandling("GET", name -> null);

    assertThat(withToken.status()).isEqualTo(400);
    assertThat(withToken.contentType()).isEqualTo("application/json");
    assertThat(new String(withToken.body(), StandardCharsets.UTF_8))
        .startsWith("{\"error\":{\"code\":400,\"name\":\"BAD_REQUEST\",\"message\":");
    assertThat(withoutToken.status())
        .isEqualTo(handler.handle(
            PartnerApiRequest.of("GET", "/partners/%zz", null, name -> null, null)).status())
        .isEqualTo(401);
  }

  @Test
  void malformedPathWithoutTokenIsUnauthorizedNotBadRequest() {
    PartnerApiResponse response =
        builder()
            .build()
            .handle(PartnerApiRequest.of("GET", "/partners/%zz", null, name -> null, null));

    assertThat(response.status()).isEqualTo(401);
  }

  @Test
  void declaredLengthOverTheLimitIsRefusedWithoutReadingTheBody() {
    InputStream unreadable =
        new InputStream() {
          @Override
          public int read() {
            throw new AssertionError("the body must not be read");
          }
        };
    Map<String, String> headers =
        Map.of("authorization", "Bearer " + PartnerApiFixture.TOKEN, "content-length", "70000");

    PartnerApiResponse response =
        builder()
            .build()
            .handle(
                PartnerApiRequest.of(
                    "POST",
                    "/reservations",
                    null,
                    name -> headers.get(name.toLowerCase()),
                    unreadable));

    assertThat(response.status()).isEqualTo(413);
  }

  @Test
  void smallerBodyLimitApplies() {
    Map<String, String> headers = Map.of("authorization", "Bearer " + PartnerApiFixture.TOKEN);
    byte[] body = StudioData.reservation("r-1", "s-1", "cp-1").getBytes(StandardCharsets.UTF_8);

    PartnerApiResponse response =
        builder()
            .maxBodyBytes(100)
            .build()
            .handle(
                PartnerApiRequest.of(
                    "POST",
                    "/reservations",
                    null,
                    name -> headers.get(name.toLowerCase()),
                    new ByteArrayInputStream(body)));

    assertThat(response.status()).isEqualTo(413);
    assertThat(response.toString()).contains("413").doesNotContain("error");
  }

  private static PartnerApiRequest get(String path, String query) {
    return PartnerApiRequest.of(
        "GET",
        path,
        query,
        name -> name.equalsIgnoreCase("Authorization") ? "Token " + PartnerApiFixture.TOKEN : null,
        null);
  }
}
