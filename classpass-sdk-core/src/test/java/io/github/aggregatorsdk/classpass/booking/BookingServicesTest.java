package io.github.aggregatorsdk.classpass.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.aggregatorsdk.classpass.customer.MatchingPolicy;
import io.github.aggregatorsdk.classpass.customer.PersonalDataPolicy;
import io.github.aggregatorsdk.classpass.spi.memory.InMemoryStudio;
import org.junit.jupiter.api.Test;

class BookingServicesTest {

  private final InMemoryStudio studio = new InMemoryStudio();

  @Test
  void buildFailsFastNamingTheMissingPart() {
    assertThatThrownBy(
            () ->
                BookingServices.builder()
                    .customers(studio.customers())
                    .sessions(studio.sessions())
                    .bookings(studio.bookings())
                    .build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("transactions");
  }

  @Test
  void defaultsMatchByClassPassIdAndKeepAllPersonalData() {
    BookingServices services =
        BookingServices.builder()
            .customers(studio.customers())
            .sessions(studio.sessions())
            .bookings(studio.bookings())
            .transactions(studio.transactions())
            .build();

    assertThat(services.customerMatcher().matchingPolicy()).isEqualTo(MatchingPolicy.CLASSPASS_ID);
    assertThat(services.customerMatcher().personalDataPolicy()).isEqualTo(PersonalDataPolicy.ALL);
    assertThat(services.reservations()).isNotNull();
    assertThat(services.cancellations()).isNotNull();
    assertThat(services.attendance()).isNotNull();
    assertThat(services.availability()).isNotNull();
  }
}
