package io.github.aggregatorsdk.classpass.outbox;

import io.github.aggregatorsdk.classpass.client.ClassPassClient;
import io.github.aggregatorsdk.classpass.client.PushUpdatesResult;
import io.github.aggregatorsdk.classpass.model.Partner;
import io.github.aggregatorsdk.classpass.model.Schedule;
import io.github.aggregatorsdk.classpass.model.UpdateEvent;
import io.github.aggregatorsdk.classpass.model.Venue;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A real client that records when each push ran and what it carried, for overlap checks. */
class RecordingClient implements ClassPassClient {

  /**
   * One {@code pushUpdates} call.
   *
   * @param sender which dispatcher sent it
   * @param eventIds the events' ids
   * @param scheduleIds the schedules' ids (the coalescing keys)
   * @param startNanos when the call began
   * @param endNanos when it returned
   * @param succeeded whether every batch was accepted
   */
  record Push(String sender, List<String> eventIds, List<String> scheduleIds, long startNanos,
      long endNanos, boolean succeeded) {

    boolean overlaps(Push other) {
      return startNanos < other.endNanos && other.startNanos < endNanos;
    }
  }

  private final ClassPassClient delegate;
  private final String sender;
  private final List<Push> pushes;

  RecordingClient(ClassPassClient delegate, String sender, List<Push> pushes) {
    this.delegate = delegate;
    this.sender = sender;
    this.pushes = pushes;
  }

  RecordingClient(ClassPassClient delegate) {
    this(delegate, "client", new CopyOnWriteArrayList<>());
  }

  List<Push> pushes() {
    return pushes;
  }

  @Override
  public void registerPartner(Partner partner) {
    delegate.registerPartner(partner);
  }

  @Override
  public void registerVenue(Venue venue) {
    delegate.registerVenue(venue);
  }

  @Override
  public void pushUpdate(UpdateEvent event) {
    delegate.pushUpdate(event);
  }

  @Override
  public PushUpdatesResult pushUpdates(List<UpdateEvent> events) {
    long start = System.nanoTime();
    PushUpdatesResult result = delegate.pushUpdates(events);
    pushes.add(new Push(sender,
        events.stream().map(UpdateEvent::id).toList(),
        events.stream().map(event -> ((Schedule) event.payload()).id()).toList(),
        start, System.nanoTime(), result.allSucceeded()));
    return result;
  }
}
