package io.github.aggregatorsdk.classpass.outbox;

/**
 * Told about every batch the {@link OutboxDispatcher} claims and delivers, for timers and traces
 * (the Spring Boot starter adapts it to Micrometer's {@code ObservationRegistry}). A batch is one
 * claim of due events and all the calls that deliver it: registrations, batch updates and, after a
 * refused batch, updates sent one by one. A claim that finds nothing due is not a batch. For counts
 * per call, see {@link DispatchListener}.
 *
 * <p>{@link #started} is called on the thread that delivers the batch, after the claim (several
 * batches may be delivered at once, each on its own thread); exactly one of the
 * returned {@link Batch}'s methods is then called on the same thread, so that an implementation may
 * keep thread-bound state (a tracing scope, under which the client's calls are observed) open in
 * between. Implementations MUST be thread-safe and quick; an exception they throw is logged at
 * DEBUG and never changes the delivery.
 */
public interface DispatchObserver {

  /**
   * An observer that ignores every batch; the default.
   *
   * @return the observer; never null
   */
  static DispatchObserver none() {
    return events -> new Batch() {};
  }

  /**
   * A batch was claimed and is about to be delivered.
   *
   * @param events how many events were claimed; at least 1
   * @return what is told how the batch ended; never null
   */
  Batch started(int events);

  /** One batch being delivered. */
  interface Batch {

    /**
     * Delivery ended: every event was accepted by ClassPass, or is retried later, or was
     * dead-lettered, or is left to its lease.
     *
     * @param delivered how many of the claimed events ClassPass accepted; from 0 to the claimed
     *     number
     */
    default void finished(int delivered) {}

    /**
     * Delivery broke off on an error of the outbox store or of the SDK; the events not reported
     * are retried once their lease ends.
     *
     * @param failure what broke it off, as thrown by {@link OutboxDispatcher#dispatchOnce()}; never
     *     null. Its message may name a table, never a payload
     */
    default void failed(RuntimeException failure) {}
  }
}
