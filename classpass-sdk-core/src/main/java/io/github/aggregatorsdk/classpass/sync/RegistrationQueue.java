package io.github.aggregatorsdk.classpass.sync;

import io.github.aggregatorsdk.classpass.mapping.internal.PartnerVenueMapper;
import io.github.aggregatorsdk.classpass.outbox.OutboxStore;
import io.github.aggregatorsdk.classpass.spi.Page;
import io.github.aggregatorsdk.classpass.spi.PageRequest;
import io.github.aggregatorsdk.classpass.spi.PartnerDirectory;
import io.github.aggregatorsdk.classpass.spi.PartnerProfile;
import io.github.aggregatorsdk.classpass.spi.VenueProfile;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Queues partner and venue registrations in the outbox, so that they are retried like every
 * other update until ClassPass accepted them.
 */
final class RegistrationQueue {

  private static final Logger LOG = LoggerFactory.getLogger(ScheduleSync.class);
  private static final int DIRECTORY_PAGE_SIZE = 100;

  private final PartnerDirectory partners;
  private final OutboxStore outbox;
  private final PartnerVenueMapper mapper = new PartnerVenueMapper();
  private final OutboxPayloads payloads = new OutboxPayloads();

  RegistrationQueue(PartnerDirectory partners, OutboxStore outbox) {
    this.partners = partners;
    this.outbox = outbox;
  }

  /** Queues the partner's registration; false when the directory has no such partner. */
  boolean partner(String partnerId) {
    Optional<PartnerProfile> partner = partners.findPartner(partnerId);
    if (partner.isEmpty()) {
      LOG.debug("partner {} changed but the host no longer has it; nothing to register",
          partnerId);
      return false;
    }
    outbox.enqueue(payloads.partner(mapper.toPartner(partner.get())));
    return true;
  }

  /** Queues the venue's registration, and its partner's; false when either is unknown. */
  boolean venue(String partnerId, String venueId) {
    Optional<VenueProfile> venue = partners.findVenue(partnerId, venueId);
    if (venue.isEmpty() || !partner(partnerId)) {
      LOG.debug("venue {} of partner {} changed but the host no longer has it; nothing to"
          + " register", venueId, partnerId);
      return false;
    }
    outbox.enqueue(payloads.venue(mapper.toVenue(venue.get())));
    return true;
  }

  /** Queues every partner and venue of the directory; how many were queued. */
  int all() {
    int[] queued = {0};
    forEachPage(partners::partners, partner -> {
      outbox.enqueue(payloads.partner(mapper.toPartner(partner)));
      queued[0]++;
      forEachPage(page -> partners.venues(partner.id(), page), venue -> {
        outbox.enqueue(payloads.venue(mapper.toVenue(venue)));
        queued[0]++;
      });
    });
    return queued[0];
  }

  /** Every item of a listing of the directory, page by page. */
  static <T> void forEachPage(Function<PageRequest, Page<T>> pages, Consumer<T> action) {
    Page.all(pages, PageRequest.first(DIRECTORY_PAGE_SIZE)).forEach(action);
  }
}
