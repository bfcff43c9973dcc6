package io.github.aggregatorsdk.classpass.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.aggregatorsdk.classpass.customer.CustomerMatch.Outcome;
import io.github.aggregatorsdk.classpass.spi.Customer;
import io.github.aggregatorsdk.classpass.spi.memory.InMemoryStudio;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class CustomerMatcherTest {

  private final InMemoryStudio studio = new InMemoryStudio();
  private final Clock clock = Clock.fixed(Instant.parse("2026-03-01T10:00:00Z"), ZoneOffset.UTC);

  private CustomerMatcher matcher(MatchingPolicy policy) {
    return new CustomerMatcher(studio.customers(), policy, PersonalDataPolicy.ALL);
  }

  private static ClassPassMember user(String userId, String email) {
    return new ClassPassMember(userId, "Ana", "Lima", email, null, null, null);
  }

  private Customer walkIn(String id, String email, String classPassUserId) {
    return studio.customers()
        .save(new Customer(id, "Ana", "Lima", email, null, null, classPassUserId));
  }

  @Test
  void theCustomerCarryingTheClassPassIdIsFoundWhateverTheEmail() {
    Customer carrying = walkIn("c-1", "old@example.com", "cp-1");
    walkIn("c-2", "ana@example.com", null);

    CustomerMatch match =
        matcher(MatchingPolicy.CLASSPASS_ID_THEN_EMAIL).match(user("cp-1", "ana@example.com"));

    assertThat(match.customer()).isEqualTo(carrying);
    assertThat(match.outcome()).isEqualTo(Outcome.FOUND_BY_CLASSPASS_ID);
    assertThat(studio.customers().all()).hasSize(2);
  }

  @Test
  void classPassIdPolicyCreatesANewCustomerEvenWhenTheEmailIsKnown() {
    walkIn("c-1", "ana@example.com", null);

    CustomerMatch match = matcher(MatchingPolicy.CLASSPASS_ID).match(user("cp-1", "ana@example.com"));

    assertThat(match.outcome()).isEqualTo(Outcome.CREATED);
    assertThat(match.customer().id()).isNotEqualTo("c-1");
    assertThat(match.customer().classPassUserId()).isEqualTo("cp-1");
    assertThat(match.conflict()).isEmpty();
    assertThat(studio.customers().findById("c-1").orElseThrow().classPassUserId()).isNull();
  }

  @Test
  void emailPolicyLinksTheIdToTheCustomerWithTheEmailIgnoringCaseAndWhitespace() {
    walkIn("c-1", "Ana.Lima@Example.com", null);

    CustomerMatch match =
        matcher(MatchingPolicy.CLASSPASS_ID_THEN_EMAIL)
            .match(user("cp-1", "  ANA.LIMA@example.COM "));

    assertThat(match.outcome()).isEqualTo(Outcome.LINKED_BY_EMAIL);
    assertThat(match.customer().id()).isEqualTo("c-1");
    assertThat(studio.customers().findByClassPassUserId("cp-1")).map(Customer::id).contains("c-1");
    assertThat(studio.customers().all()).hasSize(1);
  }

  @Test
  void emailPolicyCreatesACustomerAndReportsTheConflictWhenTheEmailCustomerCarriesAnotherId() {
    walkIn("c-1", "ana@example.com", "cp-other");

    CustomerMatch match =
        matcher(MatchingPolicy.CLASSPASS_ID_THEN_EMAIL).match(user("cp-1", "ana@example.com"));

    assertThat(match.outcome()).isEqualTo(Outcome.CREATED);
    assertThat(match.customer().classPassUserId()).isEqualTo("cp-1");
    assertThat(match.conflict())
        .contains(
            new MatchConflict(
                MatchConflict.Reason.EMAIL_CUSTOMER_HAS_OTHER_CLASSPASS_ID,
                "cp-1",
                List.of("c-1"),
                match.customer().id()));
    assertThat(studio.customers().findById("c-1").orElseThrow().classPassUserId())
        .isEqualTo("cp-other");
  }

  @Test
  void emailPolicyLinksTheOnlyCustomerWithoutAnIdWhenOthersWithTheEmailCarryOtherIds() {
    walkIn("c-1", "ana@example.com", "cp-other");
    walkIn("c-2", "ana@example.com", null);

    CustomerMatch match =
        matcher(MatchingPolicy.CLASSPASS_ID_THEN_EMAIL).match(user("cp-1", "ana@example.com"));

    assertThat(match.outcome()).isEqualTo(Outcome.LINKED_BY_EMAIL);
    assertThat(match.customer().id()).isEqualTo("c-2");
  }

  @Test
  void emailPolicyDoesNotGuessBetweenSeveralCustomersWithoutAnId() {
    walkIn("c-1", "family@example.com", null);
    walkIn("c-2", "FAMILY@example.com", null);

    CustomerMatch match =
        matcher(MatchingPolicy.CLASSPASS_ID_THEN_EMAIL).match(user("cp-1", "family@example.com"));

    assertThat(match.outcome()).isEqualTo(Outcome.CREATED);
    assertThat(match.conflict()).hasValueSatisfying(conflict -> {
      assertThat(conflict.reason()).isEqualTo(MatchConflict.Reason.EMAIL_MATCHES_SEVERAL_CUSTOMERS);
      assertThat(conflict.candidateCustomerIds()).containsExactly("c-1", "c-2");
    });
    assertThat(studio.customers().findById("c-1").orElseThrow().classPassUserId()).isNull();
    assertThat(studio.customers().findById("c-2").orElseThrow().classPassUserId()).isNull();
  }

  @Test
  void emailPolicyWithoutAnEmailCreatesACustomer() {
    walkIn("c-1", "ana@example.com", null);

    CustomerMatch match = matcher(MatchingPolicy.CLASSPASS_ID_THEN_EMAIL).match(user("cp-1", " "));

    assertThat(match.outcome()).isEqualTo(Outcome.CREATED);
    assertThat(match.conflict()).isEmpty();
  }

  @Test
  void aNewCustomerReceivesOnlyWhatThePersonalDataPolicyAllows() {
    CustomerMatcher nameOnly =
        new CustomerMatcher(
            studio.customers(), MatchingPolicy.CLASSPASS_ID, PersonalDataPolicy.NAME_ONLY);

    Customer created = nameOnly.match(PersonalDataTest.user()).customer();

    assertThat(created.firstName()).isEqualTo("Ana");
    assertThat(created.email()).isNull();
    assertThat(created.phone()).isNull();
    assertThat(created.birthday()).isNull();
  }

  @Test
  void aBlankUserIdIsRefused() {
    assertThatThrownBy(() -> matcher(MatchingPolicy.CLASSPASS_ID).match(user(" ", null)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void manualLinkingLinksACustomerWithoutAnId() {
    walkIn("c-1", "ana@example.com", null);

    LinkResult result = matcher(MatchingPolicy.CLASSPASS_ID).link("c-1", " cp-1 ");

    assertThat(result.outcome()).isEqualTo(LinkResult.Outcome.LINKED);
    assertThat(result.linked()).isTrue();
    assertThat(studio.customers().findByClassPassUserId("cp-1")).map(Customer::id).contains("c-1");
  }

  @Test
  void manualLinkingOfTheIdTheCustomerCarriesSaysAlreadyLinked() {
    walkIn("c-1", "ana@example.com", "cp-1");

    LinkResult result = matcher(MatchingPolicy.CLASSPASS_ID).link("c-1", "cp-1");

    assertThat(result.outcome()).isEqualTo(LinkResult.Outcome.ALREADY_LINKED);
    assertThat(result.linked()).isTrue();
  }

  @Test
  void manualLinkingIsRefusedWhenAnotherCustomerCarriesTheId() {
    walkIn("c-1", "ana@example.com", "cp-1");
    walkIn("c-2", "ana@example.com", null);

    LinkResult result = matcher(MatchingPolicy.CLASSPASS_ID).link("c-2", "cp-1");

    assertThat(result.outcome()).isEqualTo(LinkResult.Outcome.HELD_BY_ANOTHER_CUSTOMER);
    assertThat(result.outcome().refused()).isTrue();
    assertThat(result.conflictingCustomerId()).isEqualTo("c-1");
    assertThat(result.message()).contains("cp-1", "c-1");
    assertThat(studio.customers().findById("c-2").orElseThrow().classPassUserId()).isNull();
  }

  @Test
  void manualLinkingIsRefusedWhenTheCustomerCarriesAnotherId() {
    walkIn("c-1", "ana@example.com", "cp-other");

    LinkResult result = matcher(MatchingPolicy.CLASSPASS_ID).link("c-1", "cp-1");

    assertThat(result.outcome()).isEqualTo(LinkResult.Outcome.CUSTOMER_HAS_ANOTHER_ID);
    assertThat(result.conflictingClassPassUserId()).isEqualTo("cp-other");
    assertThat(result.message()).contains("cp-other");
    assertThat(studio.customers().findByClassPassUserId("cp-1")).isEmpty();
  }

  @Test
  void manualLinkingIsRefusedForAnUnknownCustomer() {
    LinkResult result = matcher(MatchingPolicy.CLASSPASS_ID).link("c-404", "cp-1");

    assertThat(result.outcome()).isEqualTo(LinkResult.Outcome.UNKNOWN_CUSTOMER);
    assertThat(result.message()).contains("c-404");
  }

  @Test
  void manualLinkingOfABlankIdIsRefusedAsBadInput() {
    assertThatThrownBy(() -> matcher(MatchingPolicy.CLASSPASS_ID).link("c-1", "  "))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
