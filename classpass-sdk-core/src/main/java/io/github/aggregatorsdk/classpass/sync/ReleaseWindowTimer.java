package io.github.aggregatorsdk.classpass.sync;

import io.github.aggregatorsdk.classpass.spi.ClassPassSettings;
import io.github.aggregatorsdk.classpass.spi.ClassSession;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One-off timers that re-sync a session when its release window opens: from then on the
 * ClassPass spot limit no longer applies, so {@code available_spots} grows without any change
 * the host could report. At most one timer per session; in memory only.
 */
final class ReleaseWindowTimer {

  private static final Logger LOG = LoggerFactory.getLogger(ReleaseWindowTimer.class);

  private final ScheduledExecutorService scheduler;
  private final Clock clock;
  private final Consumer<String> resync;
  private final Map<String, Timer> timers = new ConcurrentHashMap<>();

  ReleaseWindowTimer(ScheduledExecutorService scheduler, Clock clock, Consumer<String> resync) {
    this.scheduler = scheduler;
    this.clock = clock;
    this.resync = resync;
  }

  /** Sets a timer at the session's release instant when that lies ahead and changes spots. */
  void watch(ClassSession session) {
    Optional<Instant> opens = releaseInstant(session);
    if (opens.isEmpty()) {
      return;
    }
    Duration delay = Duration.between(clock.instant(), opens.get());
    if (delay.isNegative() || delay.isZero()) {
      return;
    }
    timers.compute(session.id(), (id, existing) -> {
      if (existing != null && existing.at().equals(opens.get())) {
        return existing;
      }
      if (existing != null) {
        existing.future().cancel(false);
      }
      try {
        // One millisecond late, so that the window is open when availability is read.
        ScheduledFuture<?> future = scheduler.schedule(
            () -> fire(id, opens.get()), delay.toMillis() + 1, TimeUnit.MILLISECONDS);
        return new Timer(opens.get(), future);
      } catch (RejectedExecutionException e) {
        LOG.debug("release-window timer for session {} not set: the scheduler is shut down", id);
        return null;
      }
    });
  }

  int pending() {
    return timers.size();
  }

  private void fire(String sessionId, Instant at) {
    timers.computeIfPresent(sessionId, (id, timer) -> timer.at().equals(at) ? null : timer);
    try {
      resync.accept(sessionId);
    } catch (RuntimeException e) {
      LOG.warn("re-sync of session {} at its release window failed with {}; the next full resync"
          + " sends it", sessionId, e.getClass().getName());
    }
  }

  /** When the session's release window opens, if it matters: offered, not cancelled, limited. */
  static Optional<Instant> releaseInstant(ClassSession session) {
    ClassPassSettings settings = session.activity().classPass();
    if (!settings.allowed() || session.cancelled() || settings.spotLimit().isEmpty()) {
      return Optional.empty();
    }
    return settings.releaseAllSpotsBeforeStart()
        .map(lead -> session.start().toInstant().minus(lead));
  }

  private record Timer(Instant at, ScheduledFuture<?> future) {}
}
