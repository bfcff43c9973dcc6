package io.github.aggregatorsdk.classpass.partnerapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A birthday from ClassPass is read once, here, into a date; it never refuses a booking. */
class ReservationInputBirthdayTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 3, 1);

  @ParameterizedTest
  @ValueSource(strings = {"1990-04-01", " 1990-04-01 ", "1990-04-01T00:00:00", "1990-04-01T00:00:00Z",
      "1990-04-01 00:00", "19900401"})
  void birthdaysAreReadLeniently(String text) {
    assertThat(ReservationInput.birthday(text, TODAY)).isEqualTo(LocalDate.of(1990, 4, 1));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "04/01/1990", "1990-13-01", "1990-02-30", "yesterday", "1990-4-1",
      "2026-03-02", "1990-04-01X"})
  void unreadableOrFutureBirthdaysBecomeNull(String text) {
    assertThat(ReservationInput.birthday(text, TODAY)).isNull();
  }

  @Test
  void aMissingBirthdayIsNull() {
    assertThat(ReservationInput.birthday(null, TODAY)).isNull();
  }
}
