package io.github.aggregatorsdk.classpass.ops;

import io.github.aggregatorsdk.classpass.outbox.DispatchListener;
import io.github.aggregatorsdk.classpass.outbox.OutboxEntry;
import io.github.aggregatorsdk.classpass.outbox.OutboxEventType;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What this instance saw of ClassPass, for the {@linkplain ClassPassOperations#status() status}:
 * the last call per partner-API endpoint, and the last push of every partner and venue
 * registration. Kept in memory only, per instance, and lost on restart; it holds endpoints, keys,
 * times, statuses and failure kinds, never personal data. Thread-safe.
 *
 * <p>{@code ClassPassIntegration} and the Spring Boot starter wire it: it is the outbox
 * dispatcher's {@link DispatchListener}, and the partner API's answered-call listener calls
 * {@link #callAnswered}. A host that wires the parts itself does the same.
 */
public final class ActivityLog implements DispatchListener {

  private final Clock clock;
  private final Map<String, InboundCall> calls = new ConcurrentHashMap<>();
  private final Map<String, Registration> registrations = new ConcurrentHashMap<>();

  /**
   * An empty log.
   *
   * @param clock when things happen; never null
   */
  public ActivityLog(Clock clock) {
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * Records a call of ClassPass to the partner API.
   *
   * @param endpoint the method and path pattern, for example {@code GET /partners}; never null,
   *     never an id
   * @param status the HTTP status it was answered with
   */
  public void callAnswered(String endpoint, int status) {
    Objects.requireNonNull(endpoint, "endpoint");
    Instant now = clock.instant();
    calls.merge(endpoint, new InboundCall(endpoint, now, status, 1),
        (old, fresh) -> new InboundCall(endpoint, now, status, old.calls() + 1));
  }

  /**
   * The last call per endpoint, ordered by endpoint.
   *
   * @return a snapshot; never null, empty when ClassPass has not called
   */
  public List<InboundCall> inboundCalls() {
    List<InboundCall> list = new ArrayList<>(calls.values());
    list.sort(Comparator.comparing(InboundCall::endpoint));
    return list;
  }

  /** Records registrations ClassPass accepted; other updates are not kept. */
  @Override
  public void delivered(List<OutboxEntry> entries) {
    Instant now = clock.instant();
    for (OutboxEntry entry : entries) {
      if (isRegistration(entry)) {
        registrations.put(entry.key(),
            new Registration(Registration.State.REGISTERED, now, now, null, false));
      }
    }
  }

  /** Records registrations whose push failed; other updates are not kept. */
  @Override
  public void failed(List<OutboxEntry> entries, String reason) {
    Instant now = clock.instant();
    for (OutboxEntry entry : entries) {
      if (isRegistration(entry)) {
        registrations.compute(entry.key(), (key, old) -> new Registration(
            Registration.State.FAILED, now, old == null ? null : old.lastSuccessAt(), reason,
            false));
      }
    }
  }

  /**
   * The last push of a registration seen by this instance.
   *
   * @param key the registration's outbox key ({@code OutboxKeys.partner}, {@code
   *     OutboxKeys.venue}); never null
   * @param deadLettered whether a dead letter for it is waiting, copied into the answer
   * @return the registration; {@link Registration.State#NOT_SEEN} when no push was seen
   */
  Registration registration(String key, boolean deadLettered) {
    Registration seen = registrations.get(key);
    if (seen == null) {
      return Registration.notSeen(deadLettered);
    }
    return new Registration(seen.state(), seen.lastAttemptAt(), seen.lastSuccessAt(),
        seen.lastError(), deadLettered);
  }

  private static boolean isRegistration(OutboxEntry entry) {
    OutboxEventType type = entry.event().type();
    return type == OutboxEventType.PARTNER || type == OutboxEventType.VENUE;
  }

  @Override
  public String toString() {
    return "ActivityLog[" + calls.size() + " endpoints called, " + registrations.size()
        + " registrations seen]";
  }
}
