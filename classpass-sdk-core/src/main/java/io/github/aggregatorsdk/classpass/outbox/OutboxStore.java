package io.github.aggregatorsdk.classpass.outbox;

import io.github.aggregatorsdk.classpass.spi.Page;
import io.github.aggregatorsdk.classpass.spi.PageRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Durable queue of outbound updates between the host's changes and ClassPass: the dispatcher
 * claims due events, sends them and reports back. The store never reads payloads.
 *
 * <p><b>Contract.</b> Implementations MUST be thread-safe. A durable implementation shared by
 * several app instances (one database) MUST keep every guarantee below across those instances,
 * and MUST keep every event until {@link #markSent} or {@link #deadLetter} removes it, across
 * restarts: delivery is at least once, never at most once. "Now" is the implementation's
 * {@link java.time.Clock}. Methods never return null. Arguments are checked: a null argument
 * raises {@link NullPointerException}, an argument out of range {@link IllegalArgumentException};
 * a storage failure raises {@link OutboxStoreException} and changes nothing that was not
 * committed. Nothing else escapes.
 *
 * <p><b>Coalescing.</b> Per {@linkplain OutboxEvent#key() key} the store holds at most one
 * pending entry, the newest version: an event replaces the pending one when its
 * {@linkplain OutboxEvent#lastUpdated() version} is newer than or equal to it (the later enqueue
 * wins a tie) and is ignored when older or when it is the pending event itself. Enqueueing MUST
 * be atomic per key across instances. When the pending entry is in flight (claimed), the newer
 * version replaces it in place and keeps the claim: the claimer's {@link #markSent} or
 * {@link #markFailed} then finds the entry superseded, leaves the newer version pending, due at
 * once, and releases the claim. A version newer than one already delivered is never lost. Only
 * pending entries are compared: an old version arriving after a newer one was delivered is
 * queued again; ClassPass orders versions by {@code last_updated} itself.
 *
 * <p><b>Claims.</b> An entry is due when its next attempt time has come and no unexpired lease
 * holds it. {@link #claim} leases due entries to one owner: while a lease holds, no other claim
 * (any owner, any instance) returns that entry. An expired lease makes the entry claimable again,
 * so an instance that dies loses nothing. Reports ({@link #markSent}, {@link #markFailed},
 * {@link #deadLetter}) change an entry only while its owner holds it: they act on the claimed
 * version, or only release the claim when that version was superseded. An entry another owner
 * holds now, or that is gone, is left alone, so a report after an expired lease is harmless.
 */
public interface OutboxStore {

  /**
   * The time every instance sharing this store agrees on, to version the state a change leaves
   * behind: read before the state is read, it orders versions of one schedule even when the
   * instances' clocks disagree. The JDBC store on PostgreSQL reads the database server's clock;
   * stores that only one process uses answer empty, and callers then use their own clock.
   *
   * <p>When the caller is in a transaction the store joins (see {@link JdbcOutboxStore}), the
   * time is read in it. The default answers empty.
   *
   * @return the shared time, or empty when the store has none; never null
   * @throws OutboxStoreException when the store failed
   */
  default Optional<Instant> sharedTime() {
    return Optional.empty();
  }

  /**
   * Queues an event, coalescing it with the pending entry of its key. A new or replacing entry
   * starts with no failed attempt and is due now; a replaced entry that was waiting to be retried
   * does not keep its wait.
   *
   * @param event the event; never null
   * @return true when the event is now its key's pending entry; false when a newer version, or
   *     this very event, was already pending
   */
  boolean enqueue(OutboxEvent event);

  /**
   * Leases due entries to an owner, oldest due first (by next attempt time, then queue time).
   * Under contention with other claimers this MAY return fewer entries than are due, even none.
   *
   * @param owner who claims, for example the dispatcher's instance id; never null, 1 to 200
   *     characters. Owners MUST be unique among concurrent claimers
   * @param max how many entries at most; at least 1
   * @param lease how long the claim holds; positive. After that the entries may be claimed again
   * @return the claimed entries, in claim order; empty when none is due
   */
  List<OutboxEntry> claim(String owner, int max, Duration lease);

  /**
   * Gives claimed entries back unsent, with no attempt counted: they are due again at once, for
   * any claimer. The dispatcher releases what it did not get to send (a lease too short for one
   * more call, sending paused). Entries this owner no longer holds are left alone. The default
   * does nothing: the entries are then claimable once their lease ends.
   *
   * @param owner the owner that claimed the entries; never null
   * @param entries entries this owner claimed and did not send; never null, may be empty
   */
  default void release(String owner, List<OutboxEntry> entries) {}

  /**
   * Removes delivered entries. An entry superseded while in flight is not removed: its claim is
   * released and its newer version is due at once.
   *
   * @param owner the owner that claimed the entries; never null
   * @param entries entries this owner claimed and delivered; never null, may be empty
   */
  void markSent(String owner, List<OutboxEntry> entries);

  /**
   * Records a failed delivery: counts an attempt, keeps the error text, releases the claim and
   * makes the entries due again after {@code retryAfter}. For an entry superseded while in flight
   * only the claim is released; its newer version is due at once, with no attempt counted.
   *
   * @param owner the owner that claimed the entries; never null
   * @param entries entries this owner claimed and failed to deliver; never null, may be empty
   * @param retryAfter how long to wait before the next attempt; zero or positive
   * @param error what went wrong, without personal data; never null. Stores MAY shorten it (the
   *     JDBC store keeps 500 characters)
   */
  void markFailed(String owner, List<OutboxEntry> entries, Duration retryAfter, String error);

  /**
   * Gives up on a claimed entry: removes it from the pending entries and keeps it as a dead
   * letter. An entry superseded while in flight is not given up: its claim is released and its
   * newer version stays pending.
   *
   * @param owner the owner that claimed the entry; never null
   * @param entry the entry to give up on; never null
   * @param reason why, without personal data; never null. Stores MAY shorten it (the JDBC store
   *     keeps 500 characters)
   * @return the dead letter, to report to a {@link DeadLetterListener}; empty when the entry was
   *     not moved (superseded, or no longer held by this owner)
   */
  Optional<DeadLetter> deadLetter(String owner, OutboxEntry entry, String reason);

  /**
   * Lists dead letters in the order they were given up, oldest first.
   *
   * @param request which page; never null
   * @return the page, with the number of all dead letters
   */
  Page<DeadLetter> deadLetters(PageRequest request);

  /**
   * Counts pending entries and dead letters.
   *
   * @return the counts
   */
  OutboxCounts counts();

  /**
   * Takes a cluster-wide job's lock, so that one instance at a time runs it (the periodic full
   * resync): succeeds when nobody holds it, its holder's lock expired, or {@code owner} holds it
   * already (then it is extended). Records the run's start. A store shared by several instances
   * MUST implement the job methods; the defaults (always granted, nothing recorded) suit a store
   * only one process uses.
   *
   * @param job the job's name, 1 to 100 characters; never null
   * @param owner who runs it, unique per instance; never null
   * @param ttl how long the lock holds unless released; positive. A holder that dies frees it
   *     after that
   * @return true when {@code owner} holds the lock now
   * @throws OutboxStoreException when the store failed
   */
  default boolean tryLockJob(String job, String owner, Duration ttl) {
    return true;
  }

  /**
   * Releases a job's lock held by {@code owner} and records the run's end and outcome. A lock
   * another owner holds now is left alone.
   *
   * @param job the job's name; never null
   * @param owner who ran it; never null
   * @param outcome what the run did or why it failed, without personal data; never null. Stores
   *     MAY shorten it to 500 characters
   * @throws OutboxStoreException when the store failed
   */
  default void finishJob(String job, String owner, String outcome) {}

  /**
   * The last run of a job, as recorded by {@link #tryLockJob} and {@link #finishJob}.
   *
   * @param job the job's name; never null
   * @return the last run; never null ({@code never} when it never ran)
   * @throws OutboxStoreException when the store failed
   */
  default JobRun lastJobRun(String job) {
    return JobRun.never(job);
  }

  /**
   * Removes the dead letters given up before {@code before}. Optional capability: the default
   * keeps them all.
   *
   * @param before the cut-off; never null
   * @return how many were removed
   */
  default int purgeDeadLetters(Instant before) {
    return 0;
  }

  /**
   * Removes one dead letter without sending it again (staff decided it is not needed). Optional
   * capability: the default throws.
   *
   * @param eventId the dead letter's event id; never null
   * @return true when a dead letter with this id existed
   * @throws UnsupportedOperationException when the store cannot discard
   */
  default boolean discardDeadLetter(String eventId) {
    throw new UnsupportedOperationException(getClass().getName() + " cannot discard dead letters");
  }

  /**
   * Queues a dead letter's event again, as {@link #enqueue} would (so a newer pending version of
   * its key wins), and removes the dead letter. Optional capability: the default throws.
   *
   * @param eventId the dead letter's event id; never null
   * @return true when a dead letter with this id existed
   * @throws UnsupportedOperationException when the store cannot requeue
   */
  default boolean requeueDeadLetter(String eventId) {
    throw new UnsupportedOperationException(getClass().getName() + " cannot requeue dead letters");
  }
}
