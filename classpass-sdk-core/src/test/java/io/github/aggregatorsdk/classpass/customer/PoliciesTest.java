package io.github.aggregatorsdk.classpass.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PoliciesTest {

  @Test
  void matchingPolicyReadsItsPropertyValuesLeniently() {
    assertThat(MatchingPolicy.fromProperty("classpass-id")).isEqualTo(MatchingPolicy.CLASSPASS_ID);
    assertThat(MatchingPolicy.fromProperty(" ClassPass-ID-then-Email "))
        .isEqualTo(MatchingPolicy.CLASSPASS_ID_THEN_EMAIL);
    assertThat(MatchingPolicy.fromProperty("CLASSPASS_ID_THEN_EMAIL"))
        .isEqualTo(MatchingPolicy.CLASSPASS_ID_THEN_EMAIL);
  }

  @Test
  void everyPolicyReadsBackFromItsOwnPropertyValue() {
    for (MatchingPolicy policy : MatchingPolicy.values()) {
      assertThat(MatchingPolicy.fromProperty(policy.propertyValue())).isEqualTo(policy);
    }
    for (PersonalDataPolicy policy : PersonalDataPolicy.values()) {
      assertThat(PersonalDataPolicy.fromProperty(policy.propertyValue())).isEqualTo(policy);
    }
    assertThat(PersonalDataPolicy.fromProperty("name-only")).isEqualTo(PersonalDataPolicy.NAME_ONLY);
  }

  @Test
  void unknownPropertyValuesAreRefusedListingTheAcceptedOnes() {
    assertThatThrownBy(() -> MatchingPolicy.fromProperty("email"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("classpass-id, classpass-id-then-email");
    assertThatThrownBy(() -> PersonalDataPolicy.fromProperty("none"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("all, contact, name-only");
  }
}
