package io.github.aggregatorsdk.classpass.customer;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.aggregatorsdk.classpass.model.Address;
import io.github.aggregatorsdk.classpass.model.ClassPassUser;
import io.github.aggregatorsdk.classpass.spi.NewCustomer;
import io.github.aggregatorsdk.classpass.spi.PostalAddress;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PersonalDataTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 3, 1);

  static ClassPassUser user() {
    return new ClassPassUser(
        "cp-1",
        "  Ana.Lima@Example.COM ",
        "analima",
        " Ana ",
        "Lima",
        "F",
        "1990-04-01",
        "+1 555 0100",
        new Address("1 Main St", null, "Springfield", "IL", "12345", "US"),
        null);
  }

  @Test
  void allGivesNamesContactBirthdayAndAddress() {
    NewCustomer customer = PersonalData.newCustomer(user(), PersonalDataPolicy.ALL, TODAY);

    assertThat(customer.classPassUserId()).isEqualTo("cp-1");
    assertThat(customer.firstName()).isEqualTo("Ana");
    assertThat(customer.lastName()).isEqualTo("Lima");
    assertThat(customer.email()).isEqualTo("Ana.Lima@Example.COM");
    assertThat(customer.phone()).isEqualTo("+1 555 0100");
    assertThat(customer.birthday()).isEqualTo(LocalDate.of(1990, 4, 1));
    assertThat(customer.address())
        .isEqualTo(new PostalAddress("1 Main St", null, "Springfield", "IL", "12345", "US"));
  }

  @Test
  void contactGivesNamesEmailAndPhoneOnly() {
    NewCustomer customer = PersonalData.newCustomer(user(), PersonalDataPolicy.CONTACT, TODAY);

    assertThat(customer.firstName()).isEqualTo("Ana");
    assertThat(customer.email()).isEqualTo("Ana.Lima@Example.COM");
    assertThat(customer.phone()).isEqualTo("+1 555 0100");
    assertThat(customer.birthday()).isNull();
    assertThat(customer.address()).isNull();
  }

  @Test
  void nameOnlyGivesNamesOnly() {
    NewCustomer customer = PersonalData.newCustomer(user(), PersonalDataPolicy.NAME_ONLY, TODAY);

    assertThat(customer.classPassUserId()).isEqualTo("cp-1");
    assertThat(customer.firstName()).isEqualTo("Ana");
    assertThat(customer.lastName()).isEqualTo("Lima");
    assertThat(customer.email()).isNull();
    assertThat(customer.phone()).isNull();
    assertThat(customer.birthday()).isNull();
    assertThat(customer.address()).isNull();
  }

  @Test
  void anEmptyAddressBecomesNoAddress() {
    ClassPassUser user =
        new ClassPassUser(
            "cp-1", null, null, "Ana", "Lima", null, null, " ",
            new Address(null, " ", null, null, null, null), null);

    NewCustomer customer = PersonalData.newCustomer(user, PersonalDataPolicy.ALL, TODAY);

    assertThat(customer.address()).isNull();
    assertThat(customer.phone()).isNull();
    assertThat(customer.email()).isNull();
  }

  @ParameterizedTest
  @ValueSource(strings = {"1990-04-01", " 1990-04-01 ", "1990-04-01T00:00:00", "1990-04-01T00:00:00Z",
      "1990-04-01 00:00", "19900401"})
  void birthdaysAreReadLeniently(String text) {
    assertThat(PersonalData.parseBirthday(text, TODAY)).isEqualTo(LocalDate.of(1990, 4, 1));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "04/01/1990", "1990-13-01", "1990-02-30", "yesterday", "1990-4-1",
      "2026-03-02", "1990-04-01X"})
  void unreadableOrFutureBirthdaysBecomeNull(String text) {
    assertThat(PersonalData.parseBirthday(text, TODAY)).isNull();
  }

  @Test
  void aMissingBirthdayIsNull() {
    assertThat(PersonalData.parseBirthday(null, TODAY)).isNull();
  }

  @Test
  void emailsAreTrimmedAndLowerCased() {
    assertThat(PersonalData.normalizedEmail("  Ana.Lima@Example.COM\t")).contains("ana.lima@example.com");
    assertThat(PersonalData.normalizedEmail("  ")).isEmpty();
    assertThat(PersonalData.normalizedEmail(null)).isEmpty();
  }

  @Test
  void namesAreComparedWithoutCaseAndExtraWhitespace() {
    assertThat(PersonalData.normalizedName(" Ana  Maria ", "LIMA"))
        .isEqualTo(PersonalData.normalizedName("ana maria", "Lima"));
    assertThat(PersonalData.normalizedName("Ana", null)).isEmpty();
  }
}
