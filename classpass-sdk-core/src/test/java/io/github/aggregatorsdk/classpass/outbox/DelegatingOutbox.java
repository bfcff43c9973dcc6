package io.github.aggregatorsdk.classpass.outbox;

import io.github.aggregatorsdk.classpass.spi.Page;
import io.github.aggregatorsdk.classpass.spi.PageRequest;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** An outbox that forwards every call, for tests that change one of them. */
public class DelegatingOutbox implements OutboxStore {

  private final OutboxStore delegate;

  public DelegatingOutbox(OutboxStore delegate) {
    this.delegate = delegate;
  }

  @Override
  public boolean enqueue(OutboxEvent event) {
    return delegate.enqueue(event);
  }

  @Override
  public List<OutboxEntry> claim(String owner, int max, Duration lease) {
    return delegate.claim(owner, max, lease);
  }

  @Override
  public void markSent(String owner, List<OutboxEntry> entries) {
    delegate.markSent(owner, entries);
  }

  @Override
  public void markFailed(String owner, List<OutboxEntry> entries, Duration retryAfter,
      String error) {
    delegate.markFailed(owner, entries, retryAfter, error);
  }

  @Override
  public Optional<DeadLetter> deadLetter(String owner, OutboxEntry entry, String reason) {
    return delegate.deadLetter(owner, entry, reason);
  }

  @Override
  public Page<DeadLetter> deadLetters(PageRequest request) {
    return delegate.deadLetters(request);
  }

  @Override
  public OutboxCounts counts() {
    return delegate.counts();
  }
}
