package io.github.aggregatorsdk.classpass.mapping;

import static io.github.aggregatorsdk.classpass.mapping.DirectoryProfiles.JSON;
import static io.github.aggregatorsdk.classpass.mapping.DirectoryProfiles.golden;
import static io.github.aggregatorsdk.classpass.mapping.DirectoryProfiles.partner;
import static io.github.aggregatorsdk.classpass.mapping.DirectoryProfiles.venue;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.aggregatorsdk.classpass.mapping.internal.PartnerVenueMapper;
import io.github.aggregatorsdk.classpass.spi.VenueProfile;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class PartnerVenueMapperTest {

  private static final Instant CHANGED = Instant.parse("2019-01-02T20:30:00Z");

  private final PartnerVenueMapper mapper = new PartnerVenueMapper();

  @Test
  void partnerBecomesTheContractsPartnerJson() {
    JsonNode json = JSON.valueToTree(mapper.toPartner(partner()));

    assertThat(json).isEqualTo(golden("partner.json"));
  }

  @Test
  void venueBecomesTheContractsVenueJson() {
    JsonNode json = JSON.valueToTree(mapper.toVenue(venue()));

    assertThat(json).isEqualTo(golden("venue.json"));
  }

  @Test
  void venueWithoutAddressOrPositionHasNeither() {
    VenueProfile bare = new VenueProfile("p-100", "v-8", "Pop-up", null, null, null, null, null,
        null, null, List.of(), CHANGED);

    JsonNode json = JSON.valueToTree(mapper.toVenue(bare));

    assertThat(json.has("address")).isFalse();
    assertThat(json.has("coordinate")).isFalse();
    assertThat(json.has("venue_description")).isFalse();
    assertThat(json.get("images")).isEmpty();
  }
}
