package io.github.aggregatorsdk.classpass.spi.memory;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.Supplier;

/**
 * Records how to undo the writes of the session transaction running on the current thread, so
 * that the in-memory repositories roll back when the work throws.
 */
final class UndoLog {

  private final ThreadLocal<Deque<Runnable>> active = new ThreadLocal<>();

  /** Remembers how to undo a write; ignored outside a transaction. */
  void record(Runnable undo) {
    Deque<Runnable> log = active.get();
    if (log != null) {
      log.push(undo);
    }
  }

  /** Runs work, undoing its recorded writes newest first when it throws. */
  <T> T run(Supplier<T> work) {
    if (active.get() != null) {
      return work.get(); // calls are not nested; should one be, it joins the outer transaction
    }
    Deque<Runnable> log = new ArrayDeque<>();
    active.set(log);
    try {
      return work.get();
    } catch (Throwable failure) {
      while (!log.isEmpty()) {
        log.pop().run();
      }
      throw failure;
    } finally {
      active.remove();
    }
  }
}
