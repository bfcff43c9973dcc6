package io.github.aggregatorsdk.classpass.spring;

import io.github.aggregatorsdk.classpass.sync.ScheduleSync;
import org.springframework.context.event.EventListener;

/**
 * Hands {@link ClassSessionChangedEvent}, {@link ReservationChangedEvent} and {@link
 * VenueChangedEvent} to {@link ScheduleSync} at once, in the publisher's transaction: with the
 * JDBC outbox the update is written in that transaction, and a failure to write it reaches the
 * publisher, whose transaction then rolls the change back. No change is committed without its
 * update.
 */
final class SyncEventListener {

  private final ScheduleSync sync;

  SyncEventListener(ScheduleSync sync) {
    this.sync = sync;
  }

  @EventListener
  void onSessionChanged(ClassSessionChangedEvent event) {
    String id = event.sessionId();
    switch (event.change()) {
      case CANCELLED -> sync.classCancelled(id);
      case CHANGED -> sync.sessionChanged(id);
      default -> throw new IllegalStateException("unknown change " + event.change());
    }
  }

  @EventListener
  void onReservationChanged(ReservationChangedEvent event) {
    sync.reservationChanged(event.reservationId());
  }

  @EventListener
  void onVenueChanged(VenueChangedEvent event) {
    if (event.venueId() == null) {
      sync.partnerChanged(event.partnerId());
    } else {
      sync.venueChanged(event.partnerId(), event.venueId());
    }
  }
}
