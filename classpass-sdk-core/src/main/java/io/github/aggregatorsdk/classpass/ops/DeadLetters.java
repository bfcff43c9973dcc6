package io.github.aggregatorsdk.classpass.ops;

import io.github.aggregatorsdk.classpass.outbox.DeadLetter;
import io.github.aggregatorsdk.classpass.outbox.OutboxStore;
import io.github.aggregatorsdk.classpass.spi.Page;
import io.github.aggregatorsdk.classpass.spi.PageRequest;
import io.github.aggregatorsdk.classpass.sync.ScheduleSync;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Lists, requeues and discards dead letters; requeueing sends the current state. */
final class DeadLetters {

  private static final Logger LOG = LoggerFactory.getLogger(ClassPassOperations.class);
  private static final int PAGE_SIZE = 100;

  private final OutboxStore outbox;
  private final ScheduleSync sync;

  DeadLetters(OutboxStore outbox, ScheduleSync sync) {
    this.outbox = outbox;
    this.sync = sync;
  }

  Page<DeadLetterSummary> page(PageRequest request) {
    Page<DeadLetter> page = outbox.deadLetters(request);
    return new Page<>(page.items().stream().map(DeadLetters::summary).toList(),
        page.totalItems(), request);
  }

  RequeueOutcome requeue(String eventId) {
    Optional<DeadLetter> found = find(eventId);
    if (found.isEmpty()) {
      return RequeueOutcome.NOT_FOUND;
    }
    boolean queued = sync.requeue(found.get());
    LOG.info("dead letter {} ({}) requeued by staff: {}", eventId, found.get().entry().key(),
        queued ? "current state queued" : "nothing left to send");
    return queued ? RequeueOutcome.QUEUED : RequeueOutcome.NOTHING_TO_SEND;
  }

  /**
   * Requeues as many dead letters as there were when it started, so that letters dead again
   * meanwhile (ClassPass still refusing them) cannot keep it going.
   */
  int requeueAll() {
    long before = outbox.deadLetters(PageRequest.first(1)).totalItems();
    int handled = 0;
    while (handled < before) {
      List<DeadLetter> page = outbox.deadLetters(PageRequest.first(PAGE_SIZE)).items();
      if (page.isEmpty()) {
        break;
      }
      for (DeadLetter deadLetter : page) {
        if (handled >= before) {
          break;
        }
        sync.requeue(deadLetter);
        handled++;
      }
    }
    LOG.info("{} dead letters requeued by staff", handled);
    return handled;
  }

  boolean discard(String eventId) {
    boolean discarded = outbox.discardDeadLetter(eventId);
    if (discarded) {
      LOG.info("dead letter {} discarded by staff", eventId);
    }
    return discarded;
  }

  private Optional<DeadLetter> find(String eventId) {
    return Page.all(outbox::deadLetters, PageRequest.first(PAGE_SIZE))
        .filter(deadLetter -> deadLetter.entry().eventId().equals(eventId))
        .findFirst();
  }

  private static DeadLetterSummary summary(DeadLetter deadLetter) {
    return new DeadLetterSummary(
        deadLetter.entry().eventId(),
        deadLetter.entry().event().type(),
        deadLetter.entry().key(),
        deadLetter.entry().attempts(),
        deadLetter.entry().lastError(),
        deadLetter.reason(),
        deadLetter.entry().createdAt(),
        deadLetter.deadLetteredAt());
  }
}
