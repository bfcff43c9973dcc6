package io.github.aggregatorsdk.classpass.sync;

import io.github.aggregatorsdk.classpass.client.BatchOutcome;
import io.github.aggregatorsdk.classpass.client.ClassPassClient;
import io.github.aggregatorsdk.classpass.client.ClassPassException;
import io.github.aggregatorsdk.classpass.client.PushUpdatesResult;
import io.github.aggregatorsdk.classpass.internal.FailureKind;
import io.github.aggregatorsdk.classpass.internal.MessageWithheld;
import io.github.aggregatorsdk.classpass.mapping.internal.PartnerVenueMapper;
import io.github.aggregatorsdk.classpass.mapping.PublishProblemListener;
import io.github.aggregatorsdk.classpass.model.Schedule;
import io.github.aggregatorsdk.classpass.model.UpdateEvent;
import io.github.aggregatorsdk.classpass.outbox.OutboxStore;
import io.github.aggregatorsdk.classpass.outbox.OutboxStoreException;
import io.github.aggregatorsdk.classpass.spi.ClassSession;
import io.github.aggregatorsdk.classpass.spi.ClassSessionRepository;
import io.github.aggregatorsdk.classpass.spi.Page;
import io.github.aggregatorsdk.classpass.spi.PageRequest;
import io.github.aggregatorsdk.classpass.spi.PartnerDirectory;
import io.github.aggregatorsdk.classpass.spi.PartnerProfile;
import io.github.aggregatorsdk.classpass.spi.VenueProfile;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Pushes a venue's whole schedule to ClassPass, for onboarding, on demand and periodically, and
 * registers partners and venues. Build one with {@link #builder()}; thread-safe.
 *
 * <p>A resync reads the host's sessions page by page (page size = batch size) and pushes each
 * page's schedules as one batch-updates request, directly with the client, so memory holds one
 * page whatever the range and N sessions take ⌈N / batch size⌉ requests. Sessions whose activity
 * is not offered to ClassPass are skipped; sessions the pre-flight check rejects are reported to
 * the {@link PublishProblemListener} and skipped. A request that fails after the client's
 * retries does not stop the resync: its schedules are queued in the outbox, so nothing is lost.
 *
 * <p>A periodic resync also pushes what changes with time alone, such as a release window
 * opening; nothing else does unless {@link ScheduleSyncBuilder#releaseWindowScheduler} is set.
 */
public final class FullResync {

  private static final Logger LOG = LoggerFactory.getLogger(FullResync.class);
  /** The listener of the overloads without one: nothing is counted for it. */
  private static final ResyncListener NOT_FOLLOWED = ResyncListener.none();

  private final ClassSessionRepository sessions;
  private final PartnerDirectory partners;
  private final ClassPassClient client;
  private final OutboxStore outbox;
  private final int batchSize;
  private final Clock clock;
  private final Runnable onEnqueued;
  private final SchedulePublisher publisher;
  private final PartnerVenueMapper directoryMapper = new PartnerVenueMapper();
  private final OutboxPayloads payloads = new OutboxPayloads();

  FullResync(FullResyncBuilder builder) {
    this.sessions = builder.sessions;
    this.partners = builder.partners;
    this.client = builder.client;
    this.outbox = builder.outbox;
    this.batchSize = builder.batchSize;
    this.clock = builder.clock;
    this.onEnqueued = builder.onEnqueued;
    this.publisher = new SchedulePublisher(builder.partners, builder.problemListener, clock);
  }

  /**
   * A builder; the repositories, the client and the outbox are required.
   *
   * <p><b>Advanced:</b> {@link io.github.aggregatorsdk.classpass.ClassPassIntegration} builds and
   * wires this part for you; build it yourself only to use it alone (a test, a custom stack).
   *
   * @return a new builder; never null
   */
  public static FullResyncBuilder builder() {
    return new FullResyncBuilder();
  }

  /**
   * Pushes every session of one venue that starts on the given days (in the venue's zone).
   *
   * @param partnerId the partner's id; never null
   * @param venueId the venue's id; never null
   * @param from the first day, inclusive; never null
   * @param to the last day, inclusive; never null, not before {@code from}
   * @return what was done; never null
   * @throws IllegalArgumentException when {@code to} is before {@code from}
   * @throws OutboxStoreException when the schedules of a failed request could not be queued
   */
  public ResyncSummary resync(String partnerId, String venueId, LocalDate from, LocalDate to) {
    return resync(partnerId, venueId, from, to, NOT_FOLLOWED);
  }

  /**
   * Pushes every session of one venue that starts on the given days, as {@link #resync(String,
   * String, LocalDate, LocalDate)} does, telling the listener how it gets on.
   *
   * @param partnerId the partner's id; never null
   * @param venueId the venue's id; never null
   * @param from the first day, inclusive; never null
   * @param to the last day, inclusive; never null, not before {@code from}
   * @param listener told the number of sessions first, then each page read; may stop the resync
   *     between pages; never null
   * @return what was done; never null
   * @throws IllegalArgumentException when {@code to} is before {@code from}
   * @throws OutboxStoreException when the schedules of a failed request could not be queued
   */
  public ResyncSummary resync(String partnerId, String venueId, LocalDate from, LocalDate to,
      ResyncListener listener) {
    Objects.requireNonNull(listener, "listener");
    Objects.requireNonNull(partnerId, "partnerId");
    Objects.requireNonNull(venueId, "venueId");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("to (" + to + ") is before from (" + from + ")");
    }
    VenueProfile venue = partners.findVenue(partnerId, venueId).orElse(null);
    if (listener != NOT_FOLLOWED) {
      tell(() -> listener.planned(count(partnerId, venueId, from, to)));
    }
    return resyncVenue(partnerId, venueId, venue, from, to, null, listener);
  }

  /**
   * Pushes every venue of every partner in the host's directory, from today to today + horizon
   * in every time zone (the SPI has no venue zone, so the days around today in UTC are read and
   * sessions that already ended are skipped). A venue whose resync fails is logged and counted,
   * and the others go on: meant for a periodic job.
   *
   * @param horizon how far ahead; never null, not negative (whole days count)
   * @return what was done, summed over the venues; never null
   */
  public ResyncSummary resyncAll(Duration horizon) {
    return resyncAll(horizon, NOT_FOLLOWED);
  }

  /**
   * Pushes every venue of every partner, as {@link #resyncAll(Duration)} does, telling the
   * listener how it gets on: first the number of sessions in range over all venues (one count per
   * venue), then each page read.
   *
   * @param horizon how far ahead; never null, not negative (whole days count)
   * @param listener told the progress; may stop the resync between pages; never null
   * @return what was done, summed over the venues; never null
   */
  public ResyncSummary resyncAll(Duration horizon, ResyncListener listener) {
    Objects.requireNonNull(horizon, "horizon");
    Objects.requireNonNull(listener, "listener");
    if (horizon.isNegative()) {
      throw new IllegalArgumentException("horizon must not be negative: " + horizon);
    }
    Instant now = clock.instant();
    LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
    LocalDate from = today.minusDays(1);
    LocalDate to = today.plusDays(horizon.toDays() + 1);
    ResyncSummary[] total = {ResyncSummary.EMPTY};
    if (listener != NOT_FOLLOWED) {
      long[] planned = {0};
      forEachVenue(venue -> planned[0] += count(venue.partnerId(), venue.id(), from, to));
      tell(() -> listener.planned(planned[0]));
    }
    forEachVenue(venue -> {
      if (listener.stopRequested()) {
        return;
      }
      try {
        total[0] = total[0].plus(
            resyncVenue(venue.partnerId(), venue.id(), venue, from, to, now, listener));
      } catch (RuntimeException e) {
        LOG.atWarn().addKeyValue("classpass.partner_id", venue.partnerId())
            .addKeyValue("classpass.venue_id", venue.id())
            .log("full resync of venue {} of partner {} failed with {}; going on with the others",
                venue.id(), venue.partnerId(), e.getClass().getName());
        LOG.debug("full resync failure", MessageWithheld.of(e));
        total[0] = total[0].plus(new ResyncSummary(0, 0, 0, 0, 0, 0, 1));
      }
    });
    LOG.info("full resync of every venue done: {}", total[0]);
    return total[0];
  }

  /**
   * Registers one partner and all its venues with ClassPass (or updates them), from the host's
   * directory.
   *
   * @param partnerId the partner's id; never null
   * @return how many partners and venues were sent; 0 when the directory has no such partner
   * @throws ClassPassException when ClassPass could not be reached or refused one; those before
   *     it were registered
   */
  public int registerPartner(String partnerId) {
    Objects.requireNonNull(partnerId, "partnerId");
    Optional<PartnerProfile> partner = partners.findPartner(partnerId);
    if (partner.isEmpty()) {
      return 0;
    }
    client.registerPartner(directoryMapper.toPartner(partner.get()));
    int[] sent = {1};
    forEachPage(page -> partners.venues(partnerId, page), venue -> {
      client.registerVenue(directoryMapper.toVenue(venue));
      sent[0]++;
    });
    return sent[0];
  }

  /**
   * Registers every partner and venue of the host's directory with ClassPass (or updates them).
   *
   * @return how many partners and venues were sent
   * @throws ClassPassException when ClassPass could not be reached or refused one; those before
   *     it were registered
   */
  public int registerAll() {
    int[] sent = {0};
    forEachPage(partners::partners, partner -> sent[0] += registerPartner(partner.id()));
    return sent[0];
  }

  /** How many sessions the host has for the venue in the range: one page of one session read. */
  private long count(String partnerId, String venueId, LocalDate from, LocalDate to) {
    return sessions.findByVenue(partnerId, venueId, from, to, PageRequest.first(1)).totalItems();
  }

  private static void tell(Runnable call) {
    try {
      call.run();
    } catch (RuntimeException e) {
      LOG.warn("a resync listener failed with {}", e.getClass().getName());
    }
  }

  private ResyncSummary resyncVenue(String partnerId, String venueId, VenueProfile venue,
      LocalDate from, LocalDate to, Instant endedBefore, ResyncListener listener) {
    Counts counts = new Counts();
    PageRequest request = PageRequest.first(batchSize);
    while (!listener.stopRequested()) {
      Instant readAt = outbox.sharedTime().orElseGet(publisher::now);
      Page<ClassSession> page = sessions.findByVenue(partnerId, venueId, from, to, request);
      List<UpdateEvent> events = new ArrayList<>(page.items().size());
      for (ClassSession session : page.items()) {
        counts.seen++;
        if (!session.activity().classPass().allowed()
            || (endedBefore != null && !session.end().toInstant().isAfter(endedBefore))) {
          counts.skipped++;
          continue;
        }
        Optional<Schedule> schedule = publisher.publishable(session, venue, readAt);
        if (schedule.isEmpty()) {
          counts.unpublishable++;
        } else {
          events.add(new UpdateEvent(UUID.randomUUID().toString(), schedule.get()));
        }
      }
      if (!events.isEmpty()) {
        push(events, counts);
      }
      int read = page.items().size();
      tell(() -> listener.read(read));
      if (page.items().isEmpty() || !page.hasNext()) {
        break;
      }
      request = request.next();
    }
    ResyncSummary summary = counts.summary();
    LOG.debug("full resync of venue {} of partner {} from {} to {}: {}",
        venueId, partnerId, from, to, summary);
    return summary;
  }

  private void push(List<UpdateEvent> events, Counts counts) {
    PushUpdatesResult result;
    try {
      result = client.pushUpdates(events);
    } catch (RuntimeException e) {
      ClassPassException failure = e instanceof ClassPassException known ? known
          : new ClassPassException("pushing updates failed with " + e.getClass().getName(), e);
      result = new PushUpdatesResult(List.of(
          BatchOutcome.failed(events.stream().map(UpdateEvent::id).toList(), failure)));
    }
    Map<String, UpdateEvent> byId =
        events.stream().collect(Collectors.toMap(UpdateEvent::id, event -> event));
    for (BatchOutcome batch : result.batches()) {
      if (batch.isSuccess()) {
        counts.pushed += batch.eventIds().size();
        continue;
      }
      counts.failedBatches++;
      for (String id : batch.eventIds()) {
        outbox.enqueue(payloads.schedule((Schedule) byId.get(id).payload()));
        counts.queued++;
      }
      LOG.warn("full resync could not push {} schedules ({}); queued them in the outbox",
          batch.eventIds().size(), FailureKind.describe(batch.failure().orElseThrow()));
      try {
        onEnqueued.run();
      } catch (RuntimeException e) {
        LOG.warn("the on-enqueue callback failed with {}", e.getClass().getName());
      }
    }
  }

  private void forEachVenue(Consumer<VenueProfile> action) {
    forEachPage(partners::partners,
        partner -> forEachPage(page -> partners.venues(partner.id(), page), action));
  }

  private static <T> void forEachPage(
      Function<PageRequest, Page<T>> pages, Consumer<T> action) {
    RegistrationQueue.forEachPage(pages, action);
  }

  /** Running counts of one venue's resync. */
  private static final class Counts {
    long seen;
    long pushed;
    long queued;
    long skipped;
    long unpublishable;
    long failedBatches;

    ResyncSummary summary() {
      return new ResyncSummary(seen, pushed, queued, skipped, unpublishable, failedBatches, 0);
    }
  }
}
