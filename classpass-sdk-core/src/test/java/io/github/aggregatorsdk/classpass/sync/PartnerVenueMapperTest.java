package io.github.aggregatorsdk.classpass.sync;

import static io.github.aggregatorsdk.classpass.sync.SyncStudio.JSON;
import static io.github.aggregatorsdk.classpass.sync.SyncStudio.golden;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.aggregatorsdk.classpass.spi.ImageRef;
import io.github.aggregatorsdk.classpass.spi.PartnerProfile;
import io.github.aggregatorsdk.classpass.spi.PostalAddress;
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

  static PartnerProfile partner() {
    return new PartnerProfile("p-100", "Sunrise Yoga", "Vinyasa and yin yoga in Brooklyn.",
        List.of(new ImageRef("https://cdn.example.com/p-100/logo.png", 800, 600)), CHANGED);
  }

  static VenueProfile venue() {
    return new VenueProfile("p-100", "v-7", "Sunrise Yoga Williamsburg",
        "Second floor, lift available.",
        new PostalAddress("123 Bedford Ave", "Suite 2", "Brooklyn", "NY", "11211", "US"),
        "+1 718 555 0100", "williamsburg@sunrise-yoga.example", "https://sunrise-yoga.example",
        40.7178, -73.9577,
        List.of(new ImageRef("https://cdn.example.com/v-7/front.jpg", 1200, 800)), CHANGED);
  }
}
