package io.github.aggregatorsdk.classpass.spi.memory;

import io.github.aggregatorsdk.classpass.spi.SessionTransactions;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * Session transactions for the in-memory repositories of one {@link InMemoryStudio}: one lock per
 * session id, so work for the same session runs one at a time while different sessions proceed in
 * parallel.
 *
 * <p>Rollback: when the work throws, the writes it made through this studio's repositories are
 * undone, newest first, and the exception is rethrown unchanged. There is no read isolation:
 * another session's work may see a write before it is committed or undone, which a database would
 * hide. Only one process sees these locks, which is all an in-memory store needs; a host sharing a
 * database between instances must lock in the database instead.
 */
public final class InMemorySessionTransactions implements SessionTransactions {

  private final UndoLog undoLog;
  private final Map<String, ReentrantLock> locks = new ConcurrentHashMap<>();

  InMemorySessionTransactions(UndoLog undoLog) {
    this.undoLog = undoLog;
  }

  @Override
  public <T> T inSessionTransaction(String sessionId, Supplier<T> work) {
    Objects.requireNonNull(sessionId, "sessionId");
    Objects.requireNonNull(work, "work");
    ReentrantLock lock = locks.computeIfAbsent(sessionId, id -> new ReentrantLock());
    lock.lock();
    try {
      return undoLog.run(work);
    } finally {
      lock.unlock();
    }
  }
}
