package io.github.aggregatorsdk.classpass.example.studio.schedule;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * What an activity offers to aggregators such as ClassPass, as the studio sets it: the "allow
 * bookings from aggregators" switch, a cap on their spots per class, and an optional release of
 * every free spot shortly before start. The cap lives here, in the studio's own data, so that there
 * is one source of truth for it.
 */
@Embeddable
public class AggregatorSettings {

  @Column(name = "classpass_allowed")
  private boolean allowed;

  /** At most this many spots per class go to ClassPass; null for no cap but the capacity. */
  @Column(name = "classpass_spot_limit")
  private Integer spotLimit;

  /** From this many minutes before start on, the cap is lifted; null for never. */
  @Column(name = "classpass_release_minutes")
  private Integer releaseAllSpotsMinutesBeforeStart;

  protected AggregatorSettings() {}

  public AggregatorSettings(
      boolean allowed, Integer spotLimit, Integer releaseAllSpotsMinutesBeforeStart) {
    this.allowed = allowed;
    this.spotLimit = spotLimit;
    this.releaseAllSpotsMinutesBeforeStart = releaseAllSpotsMinutesBeforeStart;
  }

  /** Closed to ClassPass. */
  public static AggregatorSettings notOffered() {
    return new AggregatorSettings(false, null, null);
  }

  public boolean isAllowed() {
    return allowed;
  }

  public Integer getSpotLimit() {
    return spotLimit;
  }

  public Integer getReleaseAllSpotsMinutesBeforeStart() {
    return releaseAllSpotsMinutesBeforeStart;
  }
}
