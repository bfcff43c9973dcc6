package io.github.aggregatorsdk.classpass.sync.internal;

import java.util.Objects;

/**
 * The outbox keys the sync gives its updates: what an update (or a dead letter) is the latest
 * state of. For tools that look an update up by what it is about, such as the operations status
 * finding a partner's registration.
 */
public final class OutboxKeys {

  private OutboxKeys() {}

  /**
   * The key of a partner's registration.
   *
   * @param partnerId the partner's id; never null
   * @return {@code partner:<partnerId>}; never null
   */
  public static String partner(String partnerId) {
    return "partner:" + Objects.requireNonNull(partnerId, "partnerId");
  }

  /**
   * The key of a venue's registration.
   *
   * @param partnerId the partner's id; never null
   * @param venueId the venue's id; never null
   * @return {@code venue:<partnerId>/<venueId>}; never null
   */
  public static String venue(String partnerId, String venueId) {
    return "venue:" + Objects.requireNonNull(partnerId, "partnerId") + "/"
        + Objects.requireNonNull(venueId, "venueId");
  }
}
