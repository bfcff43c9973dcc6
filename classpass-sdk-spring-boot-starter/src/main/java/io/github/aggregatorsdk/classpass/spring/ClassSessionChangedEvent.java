package io.github.aggregatorsdk.classpass.spring;

import java.util.Objects;

/**
 * Tells ClassPass that a class session changed in the host: publish it with Spring's {@link
 * org.springframework.context.ApplicationEventPublisher} where the change is made, for example
 * {@code events.publishEvent(ClassSessionChangedEvent.changed(session.getId()))}.
 *
 * <p>Publish it inside the transaction that makes the change: the starter writes the session's
 * current state to the outbox in that same transaction (the JDBC outbox joins it), so the update
 * commits with the change, is dropped with a rollback, and no crash can come between the two.
 * Publishing never fails because of ClassPass (delivery happens later, retried); a failure to
 * write to the outbox reaches the publisher, and its transaction rolls the change back. Outside a
 * transaction the update is written at once.
 *
 * <p>Publish it for changes made outside the SDK: a class edited, rescheduled or cancelled, its
 * capacity changed, a booking made or cancelled through another channel. Reservations and
 * cancellations that come from ClassPass are pushed by the SDK itself.
 *
 * @param sessionId the host's id of the class session; never null
 * @param change what happened to it; never null
 */
public record ClassSessionChangedEvent(String sessionId, Change change) {

  /**
   * Checks the components.
   *
   * @throws NullPointerException when a component is null
   */
  public ClassSessionChangedEvent {
    Objects.requireNonNull(sessionId, "sessionId");
    Objects.requireNonNull(change, "change");
  }

  /**
   * The session was edited, or its bookings changed through another channel.
   *
   * @param sessionId the host's id of the class session; never null
   * @return the event; never null
   */
  public static ClassSessionChangedEvent changed(String sessionId) {
    return new ClassSessionChangedEvent(sessionId, Change.CHANGED);
  }

  /**
   * The host cancelled the class (and stored its cancelled flag).
   *
   * @param sessionId the host's id of the class session; never null
   * @return the event; never null
   */
  public static ClassSessionChangedEvent cancelled(String sessionId) {
    return new ClassSessionChangedEvent(sessionId, Change.CANCELLED);
  }

  /** What happened to a class session. */
  public enum Change {

    /** Anything but a cancellation: the session's current state is pushed. */
    CHANGED,

    /**
     * The class was cancelled: its state is pushed, and {@code CLASS_CANCELLED} for each
     * ClassPass booking on it.
     */
    CANCELLED
  }
}
