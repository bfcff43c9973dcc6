package io.github.aggregatorsdk.classpass.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.aggregatorsdk.classpass.spi.Activity;
import io.github.aggregatorsdk.classpass.spi.ClassSession;
import io.github.aggregatorsdk.classpass.spi.PostalAddress;
import io.github.aggregatorsdk.classpass.spi.VenueProfile;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class PreflightCheckTest {

  private static final Instant T = Instant.parse("2026-01-01T00:00:00Z");
  private final PreflightCheck check = new PreflightCheck();

  @Test
  void completeSessionAtAVenueWithAnAddressHasNoProblems() {
    assertThat(check.problems(session().build(), venue(address()))).isEmpty();
  }

  @Test
  void eachUnpublishableTraitIsNamed() {
    ClassSession broken =
        session()
            .activity(new Activity("a-1", " ", null, ride().classPass(), T))
            .end(session().build().start())
            .capacity(-1)
            .build();

    assertThat(check.problems(broken, venue(null)))
        .containsExactly(
            "the class has no name (activity a-1)",
            "the class does not end after it starts",
            "the class has a negative capacity (-1)",
            "venue v-1 has no complete address (street, city, postal code, country)");
  }

  @Test
  void venueAddressWithoutPostalCodeIsIncomplete() {
    PostalAddress noZip = new PostalAddress("1 Main St", null, "Springfield", null, " ", "US");

    assertThat(check.problems(session().build(), venue(noZip)))
        .containsExactly(
            "venue v-1 has no complete address (street, city, postal code, country)");
  }

  @Test
  void unknownVenueIsNamed() {
    assertThat(check.problems(session().build(), null))
        .containsExactly("venue v-1 of partner p-1 is unknown");
  }

  private static ClassSession.Builder session() {
    return ScheduleMapperTest.rideWithOneOfThreeBikesTaken();
  }

  private static Activity ride() {
    return session().build().activity();
  }

  private static PostalAddress address() {
    return new PostalAddress("1 Main St", null, "Springfield", "IL", "62701", "US");
  }

  private static VenueProfile venue(PostalAddress address) {
    return new VenueProfile(
        "p-1", "v-1", "Main Street", null, address, null, null, null, null, null, List.of(), T);
  }
}
