package io.github.aggregatorsdk.classpass.ops;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;

/**
 * A class offered to ClassPass that cannot be published, and why: ClassPass does not list it
 * until the host fixes what the reasons name.
 *
 * @param sessionId the host's id of the class session; never null
 * @param partnerId its partner's id; never null
 * @param venueId its venue's id; never null
 * @param start when it starts; never null
 * @param activity the activity's name; null when it has none (one of the reasons then)
 * @param reasons why it cannot be published, as the pre-flight check words them; never null or
 *     empty, never personal data
 */
public record PreflightProblem(
    String sessionId,
    String partnerId,
    String venueId,
    OffsetDateTime start,
    String activity,
    List<String> reasons) {

  /** Checks the required components and copies the reasons. */
  public PreflightProblem {
    Objects.requireNonNull(sessionId, "sessionId");
    Objects.requireNonNull(partnerId, "partnerId");
    Objects.requireNonNull(venueId, "venueId");
    Objects.requireNonNull(start, "start");
    reasons = List.copyOf(reasons);
  }
}
