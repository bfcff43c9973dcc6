package io.github.aggregatorsdk.classpass.sync;

/**
 * Follows a running {@link FullResync}, for a progress display: how many sessions it will read,
 * how many it has read, and whether it should stop. Called on the resync's thread;
 * implementations MUST be quick. An exception thrown by {@link #planned} or {@link #read} is
 * logged and ignored.
 */
public interface ResyncListener {

  /**
   * A listener that follows nothing and never stops a resync.
   *
   * @return the listener; never null
   */
  static ResyncListener none() {
    return new ResyncListener() {};
  }

  /**
   * The resync counted what it is about to read, before reading the first page.
   *
   * @param sessions how many sessions the host has in the resync's range, over all its venues
   */
  default void planned(long sessions) {}

  /**
   * The resync read and handled one page of sessions (pushed, queued, skipped or reported).
   *
   * @param sessions how many sessions that page held; at least 0
   */
  default void read(int sessions) {}

  /**
   * Whether the resync should stop before its next page; asked between pages and venues. What
   * was pushed stays pushed.
   *
   * @return true to stop; the default never stops
   */
  default boolean stopRequested() {
    return false;
  }
}
