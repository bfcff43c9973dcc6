package io.github.aggregatorsdk.classpass.spring;

import java.util.Objects;

/**
 * Tells ClassPass that the host changed a venue (its name, address, contact details, default
 * late-cancel window) or its partner: publish it with Spring's {@link
 * org.springframework.context.ApplicationEventPublisher} inside the transaction that makes the
 * change, for example {@code events.publishEvent(new VenueChangedEvent(partnerId, venueId))}.
 *
 * <p>The venue's and its partner's current profiles are queued in the outbox in that transaction
 * and registered with ClassPass by the dispatcher, retried until ClassPass accepted them. A new
 * venue is registered this way too (and at start, see {@code classpass.sync.register-on-startup}).
 *
 * @param partnerId the partner's id; never null
 * @param venueId the venue's id; null to register the partner alone
 */
public record VenueChangedEvent(String partnerId, String venueId) {

  /**
   * Checks the partner id.
   *
   * @throws NullPointerException when it is null
   */
  public VenueChangedEvent {
    Objects.requireNonNull(partnerId, "partnerId");
  }

  /**
   * The partner changed (its name, description or images), not one of its venues.
   *
   * @param partnerId the partner's id; never null
   * @return the event; never null
   */
  public static VenueChangedEvent partnerChanged(String partnerId) {
    return new VenueChangedEvent(partnerId, null);
  }
}
