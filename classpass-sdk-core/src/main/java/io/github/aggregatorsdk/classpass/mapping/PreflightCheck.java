package io.github.aggregatorsdk.classpass.mapping;

import io.github.aggregatorsdk.classpass.spi.ClassSession;
import io.github.aggregatorsdk.classpass.spi.VenueProfile;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Why a class session cannot be published to ClassPass, so that staff can see why a class is
 * missing there instead of guessing. Stateless and thread-safe.
 */
public final class PreflightCheck {

  /** A check with the SDK's rules. */
  public PreflightCheck() {}

  /**
   * The reasons the session cannot be published; empty when it can.
   *
   * @param session the session; never null
   * @param venue the session's venue as the host's directory knows it; null when the directory
   *     has no such venue
   * @return human-readable reasons without personal data, in a fixed order; never null
   */
  public List<String> problems(ClassSession session, VenueProfile venue) {
    Objects.requireNonNull(session, "session");
    List<String> problems = new ArrayList<>(4);
    String name = session.activity().name();
    if (name == null || name.isBlank()) {
      problems.add("the class has no name (activity " + session.activity().id() + ")");
    }
    if (!session.end().isAfter(session.start())) {
      problems.add("the class does not end after it starts");
    }
    if (session.capacity() < 0) {
      problems.add("the class has a negative capacity (" + session.capacity() + ")");
    }
    if (venue == null) {
      problems.add(
          "venue " + session.venueId() + " of partner " + session.partnerId() + " is unknown");
    } else if (venue.address() == null || !venue.address().isComplete()) {
      problems.add(
          "venue " + venue.id() + " has no complete address (street, city, postal code, country)");
    }
    return List.copyOf(problems);
  }
}
