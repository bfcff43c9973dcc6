package io.github.aggregatorsdk.classpass.ops;

import io.github.aggregatorsdk.classpass.mapping.PreflightCheck;
import io.github.aggregatorsdk.classpass.outbox.DeadLetter;
import io.github.aggregatorsdk.classpass.outbox.OutboxCounts;
import io.github.aggregatorsdk.classpass.outbox.OutboxStore;
import io.github.aggregatorsdk.classpass.spi.ClassSession;
import io.github.aggregatorsdk.classpass.spi.ClassSessionRepository;
import io.github.aggregatorsdk.classpass.spi.Page;
import io.github.aggregatorsdk.classpass.spi.PageRequest;
import io.github.aggregatorsdk.classpass.spi.PartnerDirectory;
import io.github.aggregatorsdk.classpass.spi.PartnerProfile;
import io.github.aggregatorsdk.classpass.spi.VenueProfile;
import io.github.aggregatorsdk.classpass.sync.internal.OutboxKeys;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Reads the status from the directory, the outbox, the sessions and the activity log. */
final class StatusReader {

  private static final PageRequest FIRST = PageRequest.first(100);
  /** Dead letters scanned for registrations: enough for any studio, bounded for a broken one. */
  private static final int MAX_DEAD_LETTER_PAGES = 10;

  private final PartnerDirectory partners;
  private final ClassSessionRepository sessions;
  private final OutboxStore outbox;
  private final ActivityLog activity;
  private final Clock clock;
  private final Duration horizon;
  private final int preflightLimit;
  private final PreflightCheck preflight = new PreflightCheck();

  StatusReader(PartnerDirectory partners, ClassSessionRepository sessions, OutboxStore outbox,
      ActivityLog activity, Clock clock, Duration horizon, int preflightLimit) {
    this.partners = partners;
    this.sessions = sessions;
    this.outbox = outbox;
    this.activity = activity;
    this.clock = clock;
    this.horizon = horizon;
    this.preflightLimit = preflightLimit;
  }

  OperationsStatus read(ResyncProgress resync) {
    Instant now = clock.instant();
    Set<String> deadKeys = deadLetteredKeys();
    List<PartnerStatus> partnerList = new ArrayList<>();
    List<VenueProfile> venues = new ArrayList<>();
    Page.all(partners::partners, FIRST).forEach(partner -> {
      List<VenueStatus> venueList = new ArrayList<>();
      Page.all(page -> partners.venues(partner.id(), page), FIRST).forEach(venue -> {
        venues.add(venue);
        String key = OutboxKeys.venue(partner.id(), venue.id());
        venueList.add(new VenueStatus(partner.id(), venue.id(), venue.name(),
            activity.registration(key, deadKeys.contains(key))));
      });
      partnerList.add(partnerStatus(partner, venueList, deadKeys));
    });
    OutboxCounts counts = outbox.counts();
    Instant oldest = counts.oldestPendingCreatedAt();
    Duration age = oldest == null || oldest.isAfter(now) ? Duration.ZERO
        : Duration.between(oldest, now);
    PendingUpdates updates =
        new PendingUpdates(counts.pending(), oldest, age, counts.deadLetters());
    List<PreflightProblem> problems = preflightProblems(venues, now);
    boolean truncated = problems.size() > preflightLimit;
    return new OperationsStatus(now, partnerList, activity.inboundCalls(), updates,
        truncated ? problems.subList(0, preflightLimit) : problems, truncated, resync);
  }

  private PartnerStatus partnerStatus(
      PartnerProfile partner, List<VenueStatus> venues, Set<String> deadKeys) {
    String key = OutboxKeys.partner(partner.id());
    return new PartnerStatus(partner.id(), partner.name(),
        activity.registration(key, deadKeys.contains(key)), venues);
  }

  private Set<String> deadLetteredKeys() {
    Set<String> keys = new HashSet<>();
    Page.pages(outbox::deadLetters, FIRST)
        .limit(MAX_DEAD_LETTER_PAGES)
        .forEach(page -> page.items().forEach(deadLetter -> keys.add(deadLetter.entry().key())));
    return keys;
  }

  /**
   * The offered classes that have not ended and cannot be published, soonest first; one more
   * than the limit at most, so that the caller can tell the list was cut.
   */
  private List<PreflightProblem> preflightProblems(List<VenueProfile> venues, Instant now) {
    LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
    LocalDate from = today.minusDays(1);
    LocalDate to = today.plusDays(horizon.toDays() + 1);
    List<PreflightProblem> problems = new ArrayList<>();
    Comparator<PreflightProblem> soonest = Comparator.comparing(p -> p.start().toInstant());
    for (VenueProfile venue : venues) {
      Page.all(page -> sessions.findByVenue(venue.partnerId(), venue.id(), from, to, page), FIRST)
          .forEach(session -> {
            if (!session.activity().classPass().allowed()
                || !session.end().toInstant().isAfter(now)) {
              return;
            }
            List<String> reasons = preflight.problems(session, venue);
            if (!reasons.isEmpty()) {
              problems.add(problem(session, reasons));
              if (problems.size() > 2 * (preflightLimit + 1)) {
                problems.sort(soonest);
                problems.subList(preflightLimit + 1, problems.size()).clear();
              }
            }
          });
    }
    problems.sort(soonest);
    return problems.size() > preflightLimit + 1
        ? new ArrayList<>(problems.subList(0, preflightLimit + 1)) : problems;
  }

  private static PreflightProblem problem(ClassSession session, List<String> reasons) {
    return new PreflightProblem(session.id(), session.partnerId(), session.venueId(),
        session.start().toOffsetDateTime(), session.activity().name(), reasons);
  }

}
