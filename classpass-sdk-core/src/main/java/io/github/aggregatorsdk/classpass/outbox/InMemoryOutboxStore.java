package io.github.aggregatorsdk.classpass.outbox;

import io.github.aggregatorsdk.classpass.spi.Page;
import io.github.aggregatorsdk.classpass.spi.PageRequest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An {@link OutboxStore} in this process's memory, for tests, plain-Java hosts and hosts without
 * a database. Thread-safe; it loses its entries when the process ends, so use
 * {@link JdbcOutboxStore} when updates must survive a restart or several instances run.
 */
public final class InMemoryOutboxStore implements OutboxStore {

  private static final Comparator<Pending> CLAIM_ORDER =
      Comparator.comparing((Pending p) -> p.nextAttemptAt)
          .thenComparing(p -> p.createdAt)
          .thenComparing(p -> p.event.key());
  private static final Comparator<DeadLetter> DEAD_LETTER_ORDER =
      Comparator.comparing(DeadLetter::deadLetteredAt)
          .thenComparing(deadLetter -> deadLetter.entry().eventId());

  private final Clock clock;
  private final Map<String, Pending> pendingByKey = new HashMap<>();
  private final Map<String, DeadLetter> deadLettersById = new HashMap<>();
  private final Map<String, JobRun> jobs = new HashMap<>();
  private final Map<String, Instant> jobLocks = new HashMap<>();

  /** Creates an empty store on the system clock. */
  public InMemoryOutboxStore() {
    this(Clock.systemUTC());
  }

  /**
   * Creates an empty store.
   *
   * @param clock the source of "now" for due times and leases; never null
   */
  public InMemoryOutboxStore(Clock clock) {
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  @Override
  public synchronized boolean enqueue(OutboxEvent event) {
    Objects.requireNonNull(event, "event");
    Instant now = OutboxArguments.now(clock);
    Pending current = pendingByKey.get(event.key());
    if (current == null) {
      pendingByKey.put(event.key(), new Pending(event, now));
      return true;
    }
    if (current.event.eventId().equals(event.eventId())
        || current.event.lastUpdated().isAfter(event.lastUpdated())) {
      return false;
    }
    current.replaceWith(event, now);
    return true;
  }

  @Override
  public synchronized List<OutboxEntry> claim(String owner, int max, Duration lease) {
    OutboxArguments.owner(owner);
    OutboxArguments.max(max);
    OutboxArguments.lease(lease);
    Instant now = OutboxArguments.now(clock);
    List<Pending> due = new ArrayList<>();
    for (Pending pending : pendingByKey.values()) {
      if (!pending.nextAttemptAt.isAfter(now)
          && (pending.leaseUntil == null || !pending.leaseUntil.isAfter(now))) {
        due.add(pending);
      }
    }
    due.sort(CLAIM_ORDER);
    List<OutboxEntry> claimed = new ArrayList<>();
    for (Pending pending : due.subList(0, Math.min(max, due.size()))) {
      pending.owner = owner;
      pending.leaseUntil = now.plus(lease);
      claimed.add(pending.toEntry());
    }
    return claimed;
  }

  @Override
  public synchronized void release(String owner, List<OutboxEntry> entries) {
    OutboxArguments.owner(owner);
    for (OutboxEntry entry : OutboxArguments.entries(entries)) {
      Pending pending = heldBy(owner, entry.key());
      if (pending != null) {
        pending.release();
      }
    }
  }

  @Override
  public synchronized void markSent(String owner, List<OutboxEntry> entries) {
    OutboxArguments.owner(owner);
    for (OutboxEntry entry : OutboxArguments.entries(entries)) {
      Pending pending = heldBy(owner, entry.key());
      if (pending != null && pending.isVersionOf(entry)) {
        pendingByKey.remove(entry.key());
      } else if (pending != null) {
        pending.release();
      }
    }
  }

  @Override
  public synchronized void markFailed(
      String owner, List<OutboxEntry> entries, Duration retryAfter, String error) {
    OutboxArguments.owner(owner);
    OutboxArguments.retryAfter(retryAfter);
    String lastError = OutboxArguments.shortText(error, "error");
    Instant now = OutboxArguments.now(clock);
    for (OutboxEntry entry : OutboxArguments.entries(entries)) {
      Pending pending = heldBy(owner, entry.key());
      if (pending != null && pending.isVersionOf(entry)) {
        pending.attempts++;
        pending.nextAttemptAt = now.plus(retryAfter);
        pending.lastError = lastError;
      }
      if (pending != null) {
        pending.release();
      }
    }
  }

  @Override
  public synchronized Optional<DeadLetter> deadLetter(
      String owner, OutboxEntry entry, String reason) {
    OutboxArguments.owner(owner);
    Objects.requireNonNull(entry, "entry");
    String shortReason = OutboxArguments.shortText(reason, "reason");
    Pending pending = heldBy(owner, entry.key());
    if (pending == null) {
      return Optional.empty();
    }
    if (!pending.isVersionOf(entry)) {
      pending.release();
      return Optional.empty();
    }
    pendingByKey.remove(entry.key());
    DeadLetter deadLetter =
        new DeadLetter(pending.toEntry(), shortReason, OutboxArguments.now(clock));
    deadLettersById.put(entry.eventId(), deadLetter);
    return Optional.of(deadLetter);
  }

  @Override
  public synchronized Page<DeadLetter> deadLetters(PageRequest request) {
    Objects.requireNonNull(request, "request");
    List<DeadLetter> all = new ArrayList<>(deadLettersById.values());
    all.sort(DEAD_LETTER_ORDER);
    return Page.of(all, request);
  }

  @Override
  public synchronized OutboxCounts counts() {
    Instant oldest =
        pendingByKey.values().stream()
            .map(pending -> pending.createdAt)
            .min(Comparator.naturalOrder())
            .orElse(null);
    return new OutboxCounts(pendingByKey.size(), deadLettersById.size(), oldest);
  }

  @Override
  public synchronized boolean requeueDeadLetter(String eventId) {
    Objects.requireNonNull(eventId, "eventId");
    DeadLetter deadLetter = deadLettersById.remove(eventId);
    if (deadLetter == null) {
      return false;
    }
    enqueue(deadLetter.entry().event());
    return true;
  }

  @Override
  public synchronized int purgeDeadLetters(Instant before) {
    Objects.requireNonNull(before, "before");
    int before0 = deadLettersById.size();
    deadLettersById.values().removeIf(dead -> dead.deadLetteredAt().isBefore(before));
    return before0 - deadLettersById.size();
  }

  @Override
  public synchronized boolean discardDeadLetter(String eventId) {
    Objects.requireNonNull(eventId, "eventId");
    return deadLettersById.remove(eventId) != null;
  }

  @Override
  public synchronized boolean tryLockJob(String job, String owner, Duration ttl) {
    OutboxArguments.job(job);
    OutboxArguments.owner(owner);
    OutboxArguments.lease(ttl);
    Instant now = OutboxArguments.now(clock);
    JobRun last = jobs.getOrDefault(job, JobRun.never(job));
    Instant until = jobLocks.get(job);
    String holder = last.runningOwner().orElse(null);
    if (holder != null && until != null && until.isAfter(now) && !holder.equals(owner)) {
      return false;
    }
    jobLocks.put(job, now.plus(ttl));
    jobs.put(job, new JobRun(job, Optional.of(now), last.lastFinishedAt(), last.lastOutcome(),
        Optional.of(owner)));
    return true;
  }

  @Override
  public synchronized void finishJob(String job, String owner, String outcome) {
    OutboxArguments.job(job);
    OutboxArguments.owner(owner);
    String text = OutboxArguments.shortText(outcome, "outcome");
    JobRun last = jobs.get(job);
    if (last == null || !last.runningOwner().equals(Optional.of(owner))) {
      return;
    }
    jobLocks.remove(job);
    jobs.put(job, new JobRun(job, last.lastStartedAt(), Optional.of(OutboxArguments.now(clock)),
        Optional.of(text), Optional.empty()));
  }

  @Override
  public synchronized JobRun lastJobRun(String job) {
    OutboxArguments.job(job);
    JobRun last = jobs.getOrDefault(job, JobRun.never(job));
    Instant until = jobLocks.get(job);
    if (until != null && !until.isAfter(OutboxArguments.now(clock))) {
      return new JobRun(job, last.lastStartedAt(), last.lastFinishedAt(), last.lastOutcome(),
          Optional.empty());
    }
    return last;
  }

  private Pending heldBy(String owner, String key) {
    Pending pending = pendingByKey.get(key);
    return pending != null && owner.equals(pending.owner) ? pending : null;
  }

  /** The mutable state of a key's pending entry; guarded by the store's lock. */
  private static final class Pending {
    private OutboxEvent event;
    private Instant createdAt;
    private int attempts;
    private Instant nextAttemptAt;
    private String lastError;
    private String owner;
    private Instant leaseUntil;

    Pending(OutboxEvent event, Instant now) {
      this.event = event;
      this.createdAt = now;
      this.nextAttemptAt = now;
    }

    /** A newer version keeps the claim (it may be in flight) and its place in the queue. */
    void replaceWith(OutboxEvent newer, Instant now) {
      event = newer;
      createdAt = now;
      attempts = 0;
      lastError = null;
      if (nextAttemptAt.isAfter(now)) {
        nextAttemptAt = now;
      }
    }

    boolean isVersionOf(OutboxEntry entry) {
      return event.eventId().equals(entry.eventId());
    }

    void release() {
      owner = null;
      leaseUntil = null;
    }

    OutboxEntry toEntry() {
      return new OutboxEntry(event, createdAt, attempts, nextAttemptAt, lastError);
    }
  }
}
