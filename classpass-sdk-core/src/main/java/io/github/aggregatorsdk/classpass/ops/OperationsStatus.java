package io.github.aggregatorsdk.classpass.ops;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Whether the integration is live, in one answer: the partners and venues with the ids ClassPass
 * needs and their registration, the last calls from ClassPass, what waits to be delivered, and
 * the classes that cannot be published. Holds ids, names of partners, venues and activities,
 * times and counts: never personal data.
 *
 * @param checkedAt when the status was taken; never null
 * @param partners every partner of the host's directory with its venues; never null
 * @param inboundCalls the last call per endpoint of the partner API this instance answered,
 *     ordered by endpoint; never null, empty when ClassPass has not called since start
 * @param updates pending updates and dead letters; never null
 * @param preflightProblems classes offered to ClassPass within the horizon that cannot be
 *     published, soonest first, at most the configured limit; never null
 * @param preflightProblemsTruncated whether more such classes exist than are listed
 * @param resync the running resync, or the last one started here; null when none was
 */
public record OperationsStatus(
    Instant checkedAt,
    List<PartnerStatus> partners,
    List<InboundCall> inboundCalls,
    PendingUpdates updates,
    List<PreflightProblem> preflightProblems,
    boolean preflightProblemsTruncated,
    ResyncProgress resync) {

  /** Checks the required components and copies the lists. */
  public OperationsStatus {
    Objects.requireNonNull(checkedAt, "checkedAt");
    partners = List.copyOf(partners);
    inboundCalls = List.copyOf(inboundCalls);
    Objects.requireNonNull(updates, "updates");
    preflightProblems = List.copyOf(preflightProblems);
  }
}
