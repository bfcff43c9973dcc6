package io.github.aggregatorsdk.classpass.outbox;

import io.github.aggregatorsdk.classpass.client.BatchOutcome;
import io.github.aggregatorsdk.classpass.client.ClassPassApiException;
import io.github.aggregatorsdk.classpass.client.ClassPassClient;
import io.github.aggregatorsdk.classpass.client.ClassPassException;
import io.github.aggregatorsdk.classpass.client.FailureClass;
import io.github.aggregatorsdk.classpass.client.PushUpdatesResult;
import io.github.aggregatorsdk.classpass.internal.FailureKind;
import io.github.aggregatorsdk.classpass.model.Partner;
import io.github.aggregatorsdk.classpass.model.Schedule;
import io.github.aggregatorsdk.classpass.model.UpdateEvent;
import io.github.aggregatorsdk.classpass.model.Venue;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends one claimed batch and reports every entry back to the store: sent, failed (retried
 * later), dead-lettered, or left to its lease. Thread-safe: a dispatcher sends several batches
 * at once through one sender; what belongs to one batch lives in its {@link Attempt}, and the
 * only state shared between batches, the count of refused tokens in a row, is atomic.
 */
final class BatchSender {

  private static final Logger LOG = LoggerFactory.getLogger(OutboxDispatcher.class);

  private final OutboxStore store;
  private final ClassPassClient client;
  private final String owner;
  private final DeliveryPolicy policy;
  private final Clock clock;
  private final DispatchListener dispatchListener;
  private final DeadLetterListener deadLetterListener;
  private final PayloadDecoder payloads = new PayloadDecoder();
  private final Duration maxCallTime;
  private final BiConsumer<String, String> venueRegistrations;
  private final AtomicInteger authFailuresInARow = new AtomicInteger();

  /**
   * How one batch ended.
   *
   * @param pause how long the dispatcher should pause all sending; zero for no pause
   * @param delivered how many events ClassPass accepted
   * @param unreachable whether a call failed for want of an answer (no answer, 5xx, 408): ClassPass
   *     looks down, and the dispatcher then sends one batch at a time until one succeeds
   */
  record Result(Duration pause, int delivered, boolean unreachable) {}

  /** What one {@link #send} call keeps while it runs; confined to the sending thread. */
  private static final class Attempt {
    final long leaseEnd;
    final BooleanSupplier halted;
    int delivered;
    boolean unreachable;

    Attempt(long leaseEnd, BooleanSupplier halted) {
      this.leaseEnd = leaseEnd;
      this.halted = halted;
    }
  }

  BatchSender(OutboxStore store, ClassPassClient client, String owner, DeliveryPolicy policy,
      Clock clock, DispatchListener dispatchListener, DeadLetterListener deadLetterListener,
      Duration maxCallTime, BiConsumer<String, String> venueRegistrations) {
    this.maxCallTime = maxCallTime;
    this.venueRegistrations = venueRegistrations;
    this.store = store;
    this.client = client;
    this.owner = owner;
    this.policy = policy;
    this.clock = clock;
    this.dispatchListener = dispatchListener;
    this.deadLetterListener = deadLetterListener;
  }

  /**
   * Sends the claimed entries as one batch (the client splits it only when its own batch size is
   * smaller).
   *
   * @param leaseEnd {@link System#nanoTime()} at which the claim's lease ends; nothing is sent
   *     after it, so that no other dispatcher can be sending the same entries
   * @param halted true when another batch of the dispatcher made all sending pause (a 429, a
   *     refused token, ClassPass unreachable): no further call starts and what is not sent is
   *     released
   * @return how the batch ended
   */
  Result send(List<OutboxEntry> claimed, long leaseEnd, BooleanSupplier halted) {
    Attempt attempt = new Attempt(leaseEnd, halted);
    Map<String, OutboxEntry> entries = new LinkedHashMap<>();
    Map<String, UpdateEvent> events = new LinkedHashMap<>();
    List<OutboxEntry> registrations = new ArrayList<>();
    for (OutboxEntry entry : claimed) {
      if (entry.event().type().isRegistration()) {
        registrations.add(entry);
        continue;
      }
      try {
        events.put(entry.eventId(), payloads.decode(entry.event()));
        entries.put(entry.eventId(), entry);
      } catch (IllegalArgumentException e) {
        deadLetter(entry, e.getMessage());
      }
    }
    // Partners before venues before the updates that need them.
    registrations.sort(Comparator.comparing(entry -> entry.event().type()));
    Duration pause = register(registrations, attempt);
    if (events.isEmpty() || !pause.isZero() || !mayCall(attempt)) {
      if (!events.isEmpty()) {
        store.release(owner, List.copyOf(entries.values()));
      }
      return result(pause, attempt);
    }
    for (BatchOutcome outcome : push(new ArrayList<>(events.values())).batches()) {
      List<OutboxEntry> batch = outcome.eventIds().stream().map(entries::get).toList();
      pause = longer(pause, report(batch, outcome, events, attempt));
    }
    return result(pause, attempt);
  }

  private static Result result(Duration pause, Attempt attempt) {
    return new Result(pause, attempt.delivered, attempt.unreachable);
  }

  /** Sends each registration on its own call, in order, while the lease has room for a call. */
  private Duration register(List<OutboxEntry> registrations, Attempt attempt) {
    Duration pause = Duration.ZERO;
    for (int i = 0; i < registrations.size(); i++) {
      OutboxEntry entry = registrations.get(i);
      if (!pause.isZero() || !mayCall(attempt) || Thread.currentThread().isInterrupted()) {
        store.release(owner, registrations.subList(i, registrations.size()));
        break;
      }
      BatchOutcome outcome;
      try {
        Object profile = payloads.decodeRegistration(entry.event());
        if (profile instanceof Partner partner) {
          client.registerPartner(partner);
        } else {
          client.registerVenue((Venue) profile);
        }
        outcome = BatchOutcome.succeeded(List.of(entry.eventId()));
      } catch (IllegalArgumentException e) {
        deadLetter(entry, e.getMessage());
        continue;
      } catch (RuntimeException e) {
        ClassPassException failure = e instanceof ClassPassException known ? known
            : new ClassPassException("registering failed with " + e.getClass().getName(), e);
        outcome = BatchOutcome.failed(List.of(entry.eventId()), failure);
      }
      pause = longer(pause, report(List.of(entry), outcome, Map.of(), attempt));
    }
    return pause;
  }

  /**
   * Whether one more call may start: it ends, at its longest, before the lease does, and no other
   * batch made sending pause meanwhile.
   */
  private boolean mayCall(Attempt attempt) {
    return attempt.leaseEnd - System.nanoTime() >= maxCallTime.toNanos()
        && !attempt.halted.getAsBoolean();
  }

  private PushUpdatesResult push(List<UpdateEvent> events) {
    try {
      return client.pushUpdates(events);
    } catch (RuntimeException e) {
      // The client reports failures per batch; this only guards against a broken implementation.
      ClassPassException failure = e instanceof ClassPassException known ? known
          : new ClassPassException("pushing updates failed with " + e.getClass().getName(), e);
      List<String> ids = events.stream().map(UpdateEvent::id).toList();
      return new PushUpdatesResult(List.of(BatchOutcome.failed(ids, failure)));
    }
  }

  private Duration report(List<OutboxEntry> batch, BatchOutcome outcome,
      Map<String, UpdateEvent> events, Attempt attempt) {
    if (outcome.isSuccess()) {
      store.markSent(owner, batch);
      attempt.delivered += batch.size();
      authFailuresInARow.set(0);
      notify(() -> dispatchListener.batchSent(batch.size()));
      notify(() -> dispatchListener.delivered(List.copyOf(batch)));
      return Duration.ZERO;
    }
    ClassPassException failure = outcome.failure().orElseThrow();
    notify(() -> dispatchListener.batchFailed(batch.size(), failure));
    notify(() -> dispatchListener.failed(List.copyOf(batch), FailureKind.describe(failure)));
    if (Thread.currentThread().isInterrupted()) {
      LOG.debug("sending {} events was interrupted; they are retried when their lease ends",
          batch.size());
      return Duration.ZERO;
    }
    return switch (FailureClass.of(failure)) {
      case AUTHENTICATION -> authenticationFailed(batch.size(), failure);
      case REJECTED -> rejected(batch, failure, events, attempt);
      case RATE_LIMITED -> retryLater(batch, failure);
      case TRANSIENT -> {
        attempt.unreachable = true;
        Duration wait = retryLater(batch, failure);
        // A Retry-After on a 503 asks every sender to wait, as a 429 does.
        yield retryAfter(failure).isPresent() ? wait : Duration.ZERO;
      }
    };
  }

  /** The events stay claimed until their lease ends, no attempt counted; sending pauses. */
  private Duration authenticationFailed(int events, ClassPassException failure) {
    int inARow = authFailuresInARow.incrementAndGet();
    Duration pause = policy.backoff(inARow);
    if (inARow == 1) {
      LOG.error("ClassPass refused the access token ({}). {} events stay queued and are retried"
              + " after their lease; no event is dead-lettered for this. Check the access token.",
          FailureKind.describe(failure), events);
    } else {
      LOG.debug("ClassPass refused the access token again ({} times in a row); pausing {}",
          inARow, pause);
    }
    return pause;
  }

  /** One event refused is dead-lettered; a batch is sent again event by event. */
  private Duration rejected(List<OutboxEntry> batch, ClassPassException failure,
      Map<String, UpdateEvent> events, Attempt attempt) {
    if (batch.size() == 1) {
      Optional<Schedule> unknownVenue = unknownVenue(batch.get(0), failure, events);
      if (unknownVenue.isPresent()) {
        // ClassPass does not know the venue yet: register it (and its partner) and try again,
        // counting an attempt, so that a venue that never registers ends as a dead letter.
        Schedule schedule = unknownVenue.get();
        LOG.atInfo().addKeyValue("classpass.partner_id", schedule.partnerId())
            .addKeyValue("classpass.venue_id", schedule.venueId())
            .addKeyValue("classpass.schedule_id", schedule.id())
            .log("ClassPass does not know venue {} of partner {} yet; registering it",
                schedule.venueId(), schedule.partnerId());
        notify(() -> venueRegistrations.accept(schedule.partnerId(), schedule.venueId()));
        retryLater(batch, failure);
        return Duration.ZERO;
      }
      deadLetter(batch.get(0), FailureKind.describe(failure));
      return Duration.ZERO;
    }
    LOG.info("ClassPass refused a batch of {} events ({}); sending them one by one",
        batch.size(), FailureKind.describe(failure));
    Duration pause = Duration.ZERO;
    for (int i = 0; i < batch.size(); i++) {
      if (!pause.isZero() || !mayCall(attempt) || Thread.currentThread().isInterrupted()) {
        LOG.debug("{} events of a refused batch not sent one by one; they are due again",
            batch.size() - i);
        store.release(owner, batch.subList(i, batch.size()));
        break;
      }
      OutboxEntry entry = batch.get(i);
      BatchOutcome single = push(List.of(events.get(entry.eventId()))).batches().get(0);
      pause = longer(pause, report(List.of(entry), single, events, attempt));
    }
    return pause;
  }

  /**
   * Counts a failed attempt and makes the events due again after their backoff, or dead-letters
   * those that used up their attempts or age.
   *
   * @return the wait ClassPass asked for, else the shortest backoff given
   */
  /** A schedule update refused with 404: ClassPass does not know its venue (yet). */
  private static Optional<Schedule> unknownVenue(OutboxEntry entry, ClassPassException failure,
      Map<String, UpdateEvent> events) {
    if (failure instanceof ClassPassApiException api && api.statusCode() == 404
        && events.get(entry.eventId()) != null
        && events.get(entry.eventId()).payload() instanceof Schedule schedule
        && schedule.partnerId() != null && schedule.venueId() != null) {
      return Optional.of(schedule);
    }
    return Optional.empty();
  }

  private static Optional<Duration> retryAfter(ClassPassException failure) {
    return failure instanceof ClassPassApiException api ? api.retryAfter() : Optional.empty();
  }

  private Duration retryLater(List<OutboxEntry> batch, ClassPassException failure) {
    Optional<Duration> retryAfter = retryAfter(failure);
    String error = FailureKind.describe(failure);
    Instant now = clock.instant();
    Map<Integer, List<OutboxEntry>> byAttempt = new TreeMap<>();
    for (OutboxEntry entry : batch) {
      int attempt = entry.attempts() + 1;
      Optional<String> giveUp = policy.giveUp(attempt, entry.createdAt(), now);
      if (giveUp.isPresent()) {
        deadLetter(entry, giveUp.get() + ", last: " + error);
      } else {
        byAttempt.computeIfAbsent(attempt, a -> new ArrayList<>()).add(entry);
      }
    }
    Duration shortest = null;
    for (Map.Entry<Integer, List<OutboxEntry>> group : byAttempt.entrySet()) {
      Duration delay = policy.retryDelay(group.getKey(), retryAfter);
      store.markFailed(owner, group.getValue(), delay, error);
      shortest = shortest == null || delay.compareTo(shortest) < 0 ? delay : shortest;
    }
    if (shortest != null) {
      LOG.warn("could not deliver {} events to ClassPass ({}); retrying in {} or later",
          batch.size(), error, shortest);
    }
    if (retryAfter.isPresent()) {
      return policy.retryDelay(1, retryAfter);
    }
    return shortest == null ? policy.backoff(1) : shortest;
  }

  private void deadLetter(OutboxEntry entry, String reason) {
    Optional<DeadLetter> deadLetter = store.deadLetter(owner, entry, reason);
    if (deadLetter.isEmpty()) {
      return;
    }
    LOG.atWarn().addKeyValue("classpass.event_id", entry.eventId())
        .addKeyValue("classpass.event_key", entry.key())
        .log("gave up on {} event {} for {}: {}; it stays queryable as a dead letter",
            entry.event().type(), entry.eventId(), entry.key(), reason);
    notify(() -> deadLetterListener.onDeadLetter(deadLetter.get()));
  }

  private static void notify(Runnable call) {
    try {
      call.run();
    } catch (RuntimeException e) {
      LOG.warn("a dispatch listener failed with {}", e.getClass().getName());
    }
  }

  private static Duration longer(Duration a, Duration b) {
    return a.compareTo(b) >= 0 ? a : b;
  }
}
