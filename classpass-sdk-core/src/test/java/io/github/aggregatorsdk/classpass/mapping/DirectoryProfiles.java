package io.github.aggregatorsdk.classpass.mapping;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.aggregatorsdk.classpass.model.ClassPassJson;
import io.github.aggregatorsdk.classpass.spi.ImageRef;
import io.github.aggregatorsdk.classpass.spi.PartnerProfile;
import io.github.aggregatorsdk.classpass.spi.PostalAddress;
import io.github.aggregatorsdk.classpass.spi.VenueProfile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;

/**
 * The partner and venue whose wire forms are the golden {@code partner.json} and {@code
 * venue.json}; shared by the mapper's tests and the sync tests that register them.
 */
public final class DirectoryProfiles {

  /** The SDK's own mapper, for comparing JSON. */
  public static final ObjectMapper JSON = ClassPassJson.newObjectMapper();

  private static final Instant CHANGED = Instant.parse("2019-01-02T20:30:00Z");

  private DirectoryProfiles() {}

  /** Partner {@code p-100}. */
  public static PartnerProfile partner() {
    return new PartnerProfile("p-100", "Sunrise Yoga", "Vinyasa and yin yoga in Brooklyn.",
        List.of(new ImageRef("https://cdn.example.com/p-100/logo.png", 800, 600)), CHANGED);
  }

  /** Venue {@code v-7} of partner {@code p-100}. */
  public static VenueProfile venue() {
    return new VenueProfile("p-100", "v-7", "Sunrise Yoga Williamsburg",
        "Second floor, lift available.",
        new PostalAddress("123 Bedford Ave", "Suite 2", "Brooklyn", "NY", "11211", "US"),
        "+1 718 555 0100", "williamsburg@sunrise-yoga.example", "https://sunrise-yoga.example",
        40.7178, -73.9577,
        List.of(new ImageRef("https://cdn.example.com/v-7/front.jpg", 1200, 800)), CHANGED);
  }

  /** A golden file of {@code src/test/resources/golden}. */
  public static JsonNode golden(String name) {
    try (InputStream in = DirectoryProfiles.class.getResourceAsStream("/golden/" + name)) {
      return JSON.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
