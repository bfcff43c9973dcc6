package io.github.aggregatorsdk.classpass.spi.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.aggregatorsdk.classpass.spi.Page;
import io.github.aggregatorsdk.classpass.spi.PageRequest;
import io.github.aggregatorsdk.classpass.spi.PartnerDirectory;
import io.github.aggregatorsdk.classpass.spi.PartnerProfile;
import io.github.aggregatorsdk.classpass.spi.VenueProfile;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link PartnerDirectory}: partners and a partner's venues are found by id and
 * paged stably and completely; another partner's venues never show. Extend it in a host's tests
 * and implement {@link #createFixture()}; a host with a single, configured partner can leave this
 * contract out.
 */
public abstract class PartnerDirectoryContract extends SpiContract {

  private PartnerDirectory partners() {
    return fixture.partners();
  }

  @Test
  public void findPartnerFindsASeededPartnerAndNothingForAnUnknownId() {
    PartnerProfile seeded = fixture.seedPartner(Samples.partner("p-1"));

    assertThat(partners().findPartner(seeded.id())).contains(seeded);
    assertThat(partners().findPartner("no-such-partner")).isEmpty();
  }

  @Test
  public void partnerPagesAreStableAndComplete() {
    List<String> seeded = new ArrayList<>();
    for (int i = 1; i <= 5; i++) {
      seeded.add(fixture.seedPartner(Samples.partner("p-" + i)).id());
    }

    List<String> firstPass = collect(partners()::partners, PartnerProfile::id);

    assertThat(firstPass).hasSize(5).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(seeded);
    assertThat(collect(partners()::partners, PartnerProfile::id)).isEqualTo(firstPass);
    assertThat(partners().partners(PageRequest.first(2)).totalItems()).isEqualTo(5);
    assertThat(partners().partners(new PageRequest(4, 2)).items()).isEmpty();
  }

  @Test
  public void venuesListOnlyThePartnersVenuesStablyAndCompletely() {
    String partnerId = fixture.seedPartner(Samples.partner("p-1")).id();
    String otherPartnerId = fixture.seedPartner(Samples.partner("p-2")).id();
    List<String> seeded = new ArrayList<>();
    for (int i = 1; i <= 5; i++) {
      seeded.add(fixture.seedVenue(Samples.venue(partnerId, "v-" + i)).id());
    }
    fixture.seedVenue(Samples.venue(otherPartnerId, "v-other"));

    List<String> firstPass = collect(page -> partners().venues(partnerId, page), VenueProfile::id);

    assertThat(firstPass).hasSize(5).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(seeded);
    assertThat(collect(page -> partners().venues(partnerId, page), VenueProfile::id))
        .isEqualTo(firstPass);
    assertThat(partners().venues(partnerId, PageRequest.first(2)).totalItems()).isEqualTo(5);
  }

  @Test
  public void venuesOfAnUnknownPartnerAreEmpty() {
    assertThat(partners().venues("no-such-partner", PageRequest.first(10)).items()).isEmpty();
  }

  @Test
  public void findVenueNeedsTheVenuesOwnPartner() {
    String partnerId = fixture.seedPartner(Samples.partner("p-1")).id();
    String otherPartnerId = fixture.seedPartner(Samples.partner("p-2")).id();
    VenueProfile venue = fixture.seedVenue(Samples.venue(partnerId, "v-1"));

    assertThat(partners().findVenue(partnerId, venue.id())).contains(venue);
    assertThat(partners().findVenue(otherPartnerId, venue.id())).isEmpty();
    assertThat(partners().findVenue(partnerId, "no-such-venue")).isEmpty();
  }

  private static <T> List<String> collect(
      Function<PageRequest, Page<T>> lister, Function<T, String> id) {
    List<String> ids = new ArrayList<>();
    PageRequest request = PageRequest.first(2);
    Page<T> page;
    do {
      page = lister.apply(request);
      page.items().forEach(item -> ids.add(id.apply(item)));
      request = request.next();
    } while (page.hasNext());
    return ids;
  }
}
