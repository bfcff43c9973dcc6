package io.github.aggregatorsdk.classpass.benchmarks.outbound;

import io.github.aggregatorsdk.classpass.outbox.DeadLetter;
import io.github.aggregatorsdk.classpass.outbox.OutboxCounts;
import io.github.aggregatorsdk.classpass.outbox.OutboxEntry;
import io.github.aggregatorsdk.classpass.outbox.OutboxEvent;
import io.github.aggregatorsdk.classpass.outbox.OutboxStore;
import io.github.aggregatorsdk.classpass.spi.Page;
import io.github.aggregatorsdk.classpass.spi.PageRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.LongAdder;

/**
 * An outbox store that times the dispatcher's two calls per batch, claim and mark-sent, so that
 * a drain's wall time splits into database and sending (P6's "what limits it").
 */
final class TimedOutboxStore implements OutboxStore {

  private final OutboxStore store;
  private final LongAdder claims = new LongAdder();
  private final LongAdder claimNanos = new LongAdder();
  private final LongAdder marks = new LongAdder();
  private final LongAdder markNanos = new LongAdder();

  TimedOutboxStore(OutboxStore store) {
    this.store = store;
  }

  /** Mean claim and mark-sent times of the claims that found something. */
  String summary() {
    long c = Math.max(1, claims.sum());
    long m = Math.max(1, marks.sum());
    return String.format(Locale.ROOT, "%d claims of %.1f ms, %d mark-sent of %.1f ms (means)",
        claims.sum(), claimNanos.sum() / 1e6 / c, marks.sum(), markNanos.sum() / 1e6 / m);
  }

  @Override
  public List<OutboxEntry> claim(String owner, int max, Duration lease) {
    long start = System.nanoTime();
    List<OutboxEntry> claimed = store.claim(owner, max, lease);
    if (!claimed.isEmpty()) {
      claimNanos.add(System.nanoTime() - start);
      claims.increment();
    }
    return claimed;
  }

  @Override
  public void markSent(String owner, List<OutboxEntry> entries) {
    long start = System.nanoTime();
    store.markSent(owner, entries);
    markNanos.add(System.nanoTime() - start);
    marks.increment();
  }

  @Override
  public Optional<Instant> sharedTime() {
    return store.sharedTime();
  }

  @Override
  public boolean enqueue(OutboxEvent event) {
    return store.enqueue(event);
  }

  @Override
  public void release(String owner, List<OutboxEntry> entries) {
    store.release(owner, entries);
  }

  @Override
  public void markFailed(String owner, List<OutboxEntry> entries, Duration retryAfter,
      String error) {
    store.markFailed(owner, entries, retryAfter, error);
  }

  @Override
  public Optional<DeadLetter> deadLetter(String owner, OutboxEntry entry, String reason) {
    return store.deadLetter(owner, entry, reason);
  }

  @Override
  public Page<DeadLetter> deadLetters(PageRequest request) {
    return store.deadLetters(request);
  }

  @Override
  public OutboxCounts counts() {
    return store.counts();
  }

  @Override
  public boolean tryLockJob(String job, String owner, Duration ttl) {
    return store.tryLockJob(job, owner, ttl);
  }

  @Override
  public void finishJob(String job, String owner, String outcome) {
    store.finishJob(job, owner, outcome);
  }

  @Override
  public int purgeDeadLetters(Instant before) {
    return store.purgeDeadLetters(before);
  }
}
