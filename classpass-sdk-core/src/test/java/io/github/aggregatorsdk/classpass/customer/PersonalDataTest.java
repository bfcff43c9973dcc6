package io.github.aggregatorsdk.classpass.customer;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.aggregatorsdk.classpass.spi.NewCustomer;
import io.github.aggregatorsdk.classpass.spi.PostalAddress;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PersonalDataTest {

  static ClassPassMember user() {
    return new ClassPassMember(
        "cp-1",
        " Ana ",
        "Lima",
        "  Ana.Lima@Example.COM ",
        "+1 555 0100",
        LocalDate.of(1990, 4, 1),
        new PostalAddress("1 Main St", null, "Springfield", "IL", "12345", "US"));
  }

  @Test
  void allGivesNamesContactBirthdayAndAddress() {
    NewCustomer customer = PersonalData.newCustomer(user(), PersonalDataPolicy.ALL);

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
    NewCustomer customer = PersonalData.newCustomer(user(), PersonalDataPolicy.CONTACT);

    assertThat(customer.firstName()).isEqualTo("Ana");
    assertThat(customer.email()).isEqualTo("Ana.Lima@Example.COM");
    assertThat(customer.phone()).isEqualTo("+1 555 0100");
    assertThat(customer.birthday()).isNull();
    assertThat(customer.address()).isNull();
  }

  @Test
  void nameOnlyGivesNamesOnly() {
    NewCustomer customer = PersonalData.newCustomer(user(), PersonalDataPolicy.NAME_ONLY);

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
    ClassPassMember user =
        new ClassPassMember(
            "cp-1", "Ana", "Lima", null, " ", null,
            new PostalAddress(null, " ", null, null, null, null));

    NewCustomer customer = PersonalData.newCustomer(user, PersonalDataPolicy.ALL);

    assertThat(customer.address()).isNull();
    assertThat(customer.phone()).isNull();
    assertThat(customer.email()).isNull();
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
