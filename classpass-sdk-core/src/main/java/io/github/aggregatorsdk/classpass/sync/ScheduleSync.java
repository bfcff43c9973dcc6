package io.github.aggregatorsdk.classpass.sync;

import io.github.aggregatorsdk.classpass.model.ReservationStatus;
import io.github.aggregatorsdk.classpass.booking.BookingEventListener;
import io.github.aggregatorsdk.classpass.booking.ReservationState;
import io.github.aggregatorsdk.classpass.mapping.PublishProblemListener;
import io.github.aggregatorsdk.classpass.model.ReservationUpdate;
import io.github.aggregatorsdk.classpass.outbox.DeadLetter;
import io.github.aggregatorsdk.classpass.outbox.JdbcOutboxStore;
import io.github.aggregatorsdk.classpass.outbox.OutboxDispatcher;
import io.github.aggregatorsdk.classpass.outbox.OutboxEvent;
import io.github.aggregatorsdk.classpass.outbox.OutboxStore;
import io.github.aggregatorsdk.classpass.outbox.OutboxStoreException;
import io.github.aggregatorsdk.classpass.spi.Booking;
import io.github.aggregatorsdk.classpass.spi.BookingRepository;
import io.github.aggregatorsdk.classpass.spi.ClassSession;
import io.github.aggregatorsdk.classpass.spi.ClassSessionRepository;
import io.github.aggregatorsdk.classpass.spi.PartnerDirectory;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Incremental sync: turns what changed in the host into queued outbound updates, which the
 * {@link OutboxDispatcher} delivers. Build one with {@link #builder()} and share it; thread-safe.
 *
 * <p>The host calls it inside the transaction that makes a change, after the change is written:
 * with the JDBC outbox joining that transaction (see {@link JdbcOutboxStore}) the update then
 * commits or rolls back with the change, and no crash can come between them. Called outside a
 * transaction, the update is stored at once, after the change committed: a crash in between
 * loses it until the next full resync.
 *
 *
 * <ul>
 *   <li>{@link #sessionChanged} when a class was edited or cancelled, or booked or cancelled
 *       through any channel: its current state is queued as a {@code SCHEDULE} update;
 *   <li>{@link #reservationChanged} when it recorded attendance ({@code ATTENDED}, {@code
 *       MISSED}) or cancelled a ClassPass booking: the booking's status is queued as a {@code
 *       RESERVATION} update, and the class's {@code SCHEDULE} when the booking freed its spot;
 *   <li>{@link #classCancelled} when it cancelled a class: the class with {@code is_cancelled}
 *       and {@code CLASS_CANCELLED} for every ClassPass booking that held a spot.
 * </ul>
 *
 * <p>Its {@link #bookingListener()} is what {@code BookingServices} report to, so that reservations
 * and cancellations coming from ClassPass queue their updates themselves ({@code
 * ClassPassIntegration} wires it).
 *
 * <p><b>Rules.</b> Per class and per reservation only the newest state waits in the outbox (the
 * version is the payload's {@code last_updated}). A session the pre-flight check rejects is
 * reported to the {@link PublishProblemListener} and nothing is queued; ClassPass keeps the last
 * state it received. A session whose activity is not offered to ClassPass is queued with {@code
 * available_spots} 0 when the host reports a change, so that a class switched off stops selling;
 * full resyncs skip such sessions, and pre-flight problems of such sessions are only logged at
 * DEBUG. A session or reservation the host no longer has queues nothing (logged at DEBUG). A
 * {@code RESERVATION} update's {@code last_updated} is written in UTC.
 *
 * <p><b>Failures.</b> Queueing is a few reads and one outbox write on the caller's thread.
 * Exceptions of the host's repositories and {@link OutboxStoreException} reach the caller: the
 * update was not queued, and the caller's transaction must roll the change back. Nothing else
 * escapes: a failing listener or a session that cannot be mapped is logged without personal data.
 * Called through its {@link #bookingListener()}, the booking services call it inside their session
 * transaction, so a booking whose update cannot be written is rolled back.
 */
public final class ScheduleSync {

  private static final Logger LOG = LoggerFactory.getLogger(ScheduleSync.class);

  private final ClassSessionRepository sessions;
  private final BookingRepository bookings;
  private final SchedulePublisher publisher;
  private final OutboxStore outbox;
  private final OutboxPayloads payloads = new OutboxPayloads();
  private final Runnable onEnqueued;
  private final ReleaseWindowTimer releaseTimer;
  private final RegistrationQueue registrations;

  ScheduleSync(ScheduleSyncBuilder builder) {
    this.sessions = builder.sessions;
    this.bookings = builder.bookings;
    this.outbox = builder.outbox;
    this.onEnqueued = builder.onEnqueued;
    this.registrations = new RegistrationQueue(builder.partners, builder.outbox);
    this.publisher =
        new SchedulePublisher(builder.partners, builder.problemListener, builder.clock);
    this.releaseTimer =
        builder.releaseScheduler == null
            ? null
            : new ReleaseWindowTimer(builder.releaseScheduler, builder.clock, this::sessionChanged);
  }

  /**
   * A builder; the repositories and the outbox are required.
   *
   * <p><b>Advanced:</b> {@link io.github.aggregatorsdk.classpass.ClassPassIntegration} builds and
   * wires this part for you; build it yourself only to use it alone (a test, a custom stack).
   *
   * @return a new builder; never null
   */
  public static ScheduleSyncBuilder builder() {
    return new ScheduleSyncBuilder();
  }

  /**
   * Queues the session's current state as a {@code SCHEDULE} update, or reports why it cannot be
   * published.
   *
   * @param sessionId the host's id of the session; never null
   * @throws OutboxStoreException when the outbox could not store the update
   */
  public void sessionChanged(String sessionId) {
    Objects.requireNonNull(sessionId, "sessionId");
    if (queueSession(sessionId)) {
      wake();
    }
  }

  private boolean queueSession(String sessionId) {
    Instant readAt = versionTime();
    Optional<ClassSession> session = sessions.findById(sessionId);
    if (session.isEmpty()) {
      LOG.debug("session {} changed but the host no longer has it; nothing to push", sessionId);
      return false;
    }
    return queueSchedule(session.get(), readAt);
  }

  /**
   * Queues the ClassPass booking's status as a {@code RESERVATION} update, and its session's
   * state when the booking no longer holds a spot. Call it after recording attendance or
   * cancelling a ClassPass booking on the host's side.
   *
   * @param reservationId ClassPass's reservation id of the booking; never null
   * @throws OutboxStoreException when the outbox could not store an update
   */
  public void reservationChanged(String reservationId) {
    Objects.requireNonNull(reservationId, "reservationId");
    if (queueReservation(reservationId)) {
      wake();
    }
  }

  private boolean queueReservation(String reservationId) {
    Instant readAt = versionTime();
    Optional<Booking> booking = bookings.findByReservationId(reservationId);
    Optional<ClassSession> session = booking.flatMap(b -> sessions.findById(b.sessionId()));
    if (session.isEmpty()) {
      LOG.debug("reservation {} changed but the host has no such booking or session; nothing to"
          + " push", reservationId);
      return false;
    }
    queueReservation(ReservationState.of(booking.get(), session.get()));
    if (!booking.get().status().holdsSpot()) {
      queueSchedule(session.get(), readAt);
    }
    return true;
  }

  /**
   * Queues a cancelled class: its state ({@code is_cancelled}, no spots) and {@code
   * CLASS_CANCELLED} for every ClassPass booking that held a spot. Call it after storing the
   * cancelled flag; for a session that is not cancelled it queues only the session's state.
   *
   * @param sessionId the host's id of the session; never null
   * @throws OutboxStoreException when the outbox could not store an update
   */
  public void classCancelled(String sessionId) {
    Objects.requireNonNull(sessionId, "sessionId");
    Instant readAt = versionTime();
    Optional<ClassSession> session = sessions.findById(sessionId);
    if (session.isEmpty()) {
      LOG.debug("session {} cancelled but the host no longer has it; nothing to push", sessionId);
      return;
    }
    queueSchedule(session.get(), readAt);
    if (session.get().cancelled()) {
      for (Booking booking : bookings.findClassPassBookings(sessionId)) {
        if (booking.status().holdsSpot()) {
          queueReservation(ReservationState.of(booking, session.get()));
        }
      }
    } else {
      LOG.debug("session {} reported cancelled but it is not; pushed its state only", sessionId);
    }
    wake();
  }

  /**
   * Queues the registration of a partner with ClassPass (its current profile), retried like every
   * update. Call it when the host changed the partner.
   *
   * @param partnerId the partner's id; never null
   * @return false when the host's directory has no such partner (nothing queued)
   * @throws OutboxStoreException when the outbox could not store the update
   */
  public boolean partnerChanged(String partnerId) {
    Objects.requireNonNull(partnerId, "partnerId");
    boolean queued = registrations.partner(partnerId);
    if (queued) {
      wake();
    }
    return queued;
  }

  /**
   * Queues the registration of a venue, and of its partner, with ClassPass (their current
   * profiles), retried like every update. Call it when the host changed the venue; the
   * dispatcher calls it when ClassPass answers that it does not know a schedule's venue.
   *
   * @param partnerId the partner's id; never null
   * @param venueId the venue's id; never null
   * @return false when the host's directory has no such venue (nothing queued)
   * @throws OutboxStoreException when the outbox could not store the update
   */
  public boolean venueChanged(String partnerId, String venueId) {
    Objects.requireNonNull(partnerId, "partnerId");
    Objects.requireNonNull(venueId, "venueId");
    boolean queued = registrations.venue(partnerId, venueId);
    if (queued) {
      wake();
    }
    return queued;
  }

  /**
   * Queues the registration of every partner and venue of the host's directory, as done at start
   * (see {@code classpass.sync.register-on-startup}).
   *
   * @return how many partners and venues were queued
   * @throws OutboxStoreException when the outbox could not store an update
   */
  public int registerAll() {
    int queued = registrations.all();
    if (queued > 0) {
      wake();
    }
    return queued;
  }

  /**
   * Sends a dead letter again with the current state of what it was about (not its stored
   * payload, which may be stale), and removes the dead letter.
   *
   * @param deadLetter the dead letter; never null
   * @return true when the current state was queued; false when the host no longer has the class,
   *     booking, partner or venue, or cannot publish it (the dead letter is removed all the same)
   * @throws OutboxStoreException when the outbox failed
   */
  public boolean requeue(DeadLetter deadLetter) {
    Objects.requireNonNull(deadLetter, "deadLetter");
    OutboxEvent event = deadLetter.entry().event();
    boolean queued = switch (event.type()) {
      case SCHEDULE -> queueSession(payloads.scheduleId(event));
      case RESERVATION -> queueReservation(payloads.reservationId(event));
      case PARTNER -> partnerChanged(payloads.partnerId(event));
      case VENUE -> {
        String[] ids = payloads.venueIds(event);
        yield venueChanged(ids[0], ids[1]);
      }
    };
    outbox.discardDeadLetter(event.eventId());
    if (queued) {
      wake();
    }
    return queued;
  }

  /**
   * The listener to give {@code BookingServices}: a reservation or cancellation by ClassPass
   * queues the class's new state and the reservation's status, inside the session transaction.
   * The class's state is the one the booking service passes ({@link
   * BookingEventListener#sessionChanged(ClassSession)}: read under the session's lock, with the
   * booking applied), so that the class is not read again inside the reservation's transaction;
   * it is read through the repository only when the booking service passes just the id. The
   * venue is read from the {@link PartnerDirectory} for the pre-flight check either way.
   *
   * @return the listener; never null
   */
  public BookingEventListener bookingListener() {
    return new BookingEventListener() {
      @Override
      public void sessionChanged(String sessionId) {
        ScheduleSync.this.sessionChanged(sessionId);
      }

      @Override
      public void sessionChanged(ClassSession current) {
        Objects.requireNonNull(current, "current");
        // The state was read under the session's lock, which is held until the transaction
        // ends; the version is taken now, as a read made here would take it.
        if (queueSchedule(current, versionTime())) {
          wake();
        }
      }

      @Override
      public void reservationStatusChanged(ReservationState state) {
        Objects.requireNonNull(state, "state");
        queueReservation(state);
        wake();
      }
    };
  }

  /**
   * Queues the session's schedule unless it cannot be published; true when queued.
   *
   * @param readAt the time taken before the session was read: the version of its state
   */
  private boolean queueSchedule(ClassSession session, Instant readAt) {
    Optional<OutboxEvent> event = publisher.publishable(session, readAt).flatMap(schedule -> {
      try {
        return Optional.of(payloads.schedule(schedule));
      } catch (RuntimeException e) {
        LOG.warn("session {} could not be written as a schedule ({}); nothing queued",
            session.id(), e.getClass().getName());
        return Optional.empty();
      }
    });
    if (event.isEmpty()) {
      return false;
    }
    outbox.enqueue(event.get());
    if (releaseTimer != null) {
      releaseTimer.watch(session);
    }
    return true;
  }

  private void queueReservation(ReservationState state) {
    Booking booking = state.booking();
    ReservationUpdate update = new ReservationUpdate(
        booking.classPassUserId(),
        booking.reservationId(),
        booking.spotLabel(),
        ReservationStatus.valueOf(state.status().name()),
        state.lastUpdated().atOffset(ZoneOffset.UTC));
    outbox.enqueue(payloads.reservation(update));
  }

  /**
   * The version of the state about to be read: the outbox's shared time when it has one, so that
   * versions are ordered alike on every instance whatever their clocks say.
   */
  private Instant versionTime() {
    return outbox.sharedTime().orElseGet(publisher::now);
  }

  private void wake() {
    try {
      onEnqueued.run();
    } catch (RuntimeException e) {
      LOG.warn("the on-enqueue callback failed with {}", e.getClass().getName());
    }
  }
}
