package io.github.aggregatorsdk.classpass.spring;

import io.github.aggregatorsdk.classpass.internal.MessageWithheld;
import io.github.aggregatorsdk.classpass.sync.ScheduleSync;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;

/**
 * Hands {@link ClassSessionChangedEvent} and {@link ReservationChangedEvent} to {@link
 * ScheduleSync}, after the publisher's transaction committed when there is one.
 */
final class SyncEventListener {

  private static final Logger LOG = LoggerFactory.getLogger(SyncEventListener.class);

  private final ScheduleSync sync;
  private final Deferral deferral;

  SyncEventListener(ScheduleSync sync, Deferral deferral) {
    this.sync = sync;
    this.deferral = deferral;
  }

  @EventListener
  void onSessionChanged(ClassSessionChangedEvent event) {
    String id = event.sessionId();
    deferral.defer(() -> queue("session " + id, () -> {
      switch (event.change()) {
        case CANCELLED -> sync.classCancelled(id);
        case CHANGED -> sync.sessionChanged(id);
        default -> throw new IllegalStateException("unknown change " + event.change());
      }
    }));
  }

  @EventListener
  void onReservationChanged(ReservationChangedEvent event) {
    String id = event.reservationId();
    deferral.defer(() -> queue("reservation " + id, () -> sync.reservationChanged(id)));
  }

  private static void queue(String what, Runnable work) {
    try {
      work.run();
    } catch (RuntimeException e) {
      // After a commit nobody can act on it; a later change or full resync sends the state again.
      LOG.warn("ClassPass update for {} was not queued ({}); a later change or full resync sends"
          + " it", what, e.getClass().getName());
      LOG.debug("queueing failure", MessageWithheld.of(e));
    }
  }

  /** When the work of an event runs: after the current transaction commits, or at once. */
  @FunctionalInterface
  interface Deferral {

    Deferral IMMEDIATE = Runnable::run;

    void defer(Runnable work);
  }
}
