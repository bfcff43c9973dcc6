package io.github.aggregatorsdk.classpass.partnerapi;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.aggregatorsdk.classpass.partnerapi.PartnerApiFixture.Answer;
import io.github.aggregatorsdk.classpass.spi.NarrowCustomers;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A value the host's own store refuses reaches ClassPass named as ClassPass named it: the booking
 * rules speak the host's field names, the partner API translates them.
 */
class HostCannotStoreAnswerTest {

  private final PartnerApiFixture api = PartnerApiFixture.withCustomers(
      customers -> new NarrowCustomers(customers, Set.of("lastName")));

  @AfterEach
  void close() {
    api.close();
  }

  @Test
  void aRequiredValueTheHostRefusesAnswers4001NamingTheWireField() {
    Answer answer =
        api.post("/reservations", StudioData.reservation("r-refused", "s-1", "cp-refused"));

    assertThat(answer.status()).as(answer.body()).isEqualTo(400);
    assertThat(answer.json().at("/error/code").asInt()).isEqualTo(4001);
    assertThat(answer.json().at("/error/message").asText())
        .isEqualTo("user.last_name cannot be stored by the studio");
    assertThat(api.studio.bookings().findByReservationId("r-refused")).isEmpty();
  }
}
