package io.github.aggregatorsdk.classpass.outbox;

import io.github.aggregatorsdk.classpass.client.CallLimits;
import io.github.aggregatorsdk.classpass.client.ClassPassClient;
import io.github.aggregatorsdk.classpass.client.RetrySettings;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ThreadFactory;
import java.util.function.BiConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Configures and builds an {@link OutboxDispatcher}; get one from {@link
 * OutboxDispatcher#builder()}.
 *
 * <p>Required: {@link #store} and {@link #client}. Defaults: batch size 100, up to 4 batches in
 * flight at once, dispatch interval
 * 1 s, lease 45 s (a dead instance's claims are free again after it), the client's own retries
 * cut to at most two attempts (the outbox owns long waits) and its longest call from its {@link
 * ClassPassClient#callLimits()}, retry backoff 30 s doubling up to 1 h, dead letter after 10 failed attempts
 * or when a failed event is older than 24 h (10 attempts take about 3 hours of failures, on top
 * of the client's own retries), shutdown timeout 30 s, the UTC system clock, a daemon thread named
 * {@code classpass-dispatcher}, no listeners, dead letters kept 30 days, schedules of venues
 * ClassPass does not know retried without registering them, and an owner id of a random UUID and
 * the host name.
 * Setters reject bad values at once. Not thread-safe.
 */
public final class OutboxDispatcherBuilder {

  private static final Logger LOG = LoggerFactory.getLogger(OutboxDispatcher.class);

  OutboxStore store;
  ClassPassClient client;
  int batchSize = 100;
  int maxBatchesInFlight = 4;
  Duration dispatchInterval = Duration.ofSeconds(1);
  Duration lease = Duration.ofSeconds(45);
  Duration maxCallTime;
  Duration deadLetterRetention = Duration.ofDays(30);
  BiConsumer<String, String> venueRegistrations = (partnerId, venueId) -> {};
  Duration initialBackoff = Duration.ofSeconds(30);
  Duration maxBackoff = Duration.ofHours(1);
  int maxAttempts = 10;
  Duration maxAge = Duration.ofHours(24);
  Duration shutdownTimeout = Duration.ofSeconds(30);
  Clock clock = Clock.systemUTC();
  ThreadFactory threadFactory = OutboxDispatcherBuilder::daemonThread;
  DispatchListener dispatchListener = DispatchListener.none();
  DispatchObserver dispatchObserver = DispatchObserver.none();
  DeadLetterListener deadLetterListener = deadLetter -> {};
  String ownerId;

  OutboxDispatcherBuilder() {}

  /**
   * The outbox to deliver; required.
   *
   * @param store the store; never null
   * @return this builder
   */
  public OutboxDispatcherBuilder store(OutboxStore store) {
    this.store = Objects.requireNonNull(store, "store");
    return this;
  }

  /**
   * The client that pushes the batches; required. Its own retries run inside one attempt of the
   * dispatcher; its batch size SHOULD be at least this builder's, or a claim is sent as several
   * requests.
   *
   * @param client the client; never null
   * @return this builder
   */
  public OutboxDispatcherBuilder client(ClassPassClient client) {
    this.client = Objects.requireNonNull(client, "client");
    return this;
  }

  /**
   * How many events one claim takes and one request sends; default 100.
   *
   * @param batchSize at least 1
   * @return this builder
   */
  public OutboxDispatcherBuilder batchSize(int batchSize) {
    if (batchSize < 1) {
      throw new IllegalArgumentException("batchSize must be at least 1: " + batchSize);
    }
    this.batchSize = batchSize;
    return this;
  }

  /**
   * How many batches the background thread keeps at ClassPass at once while full batches are
   * due (a backlog); default 4. With one, a batch is claimed only after the previous one was
   * answered, so the rate is at most {@code batchSize} per ClassPass answer time (100 per 20 ms
   * is 5,000 events/s). The lease keeps the batches apart: the same coalescing key is never in two
   * at once. A pause (429, refused token) stops all of them, and while ClassPass gives no answer
   * the dispatcher falls back to one at a time. Each batch beyond the first is sent on a thread
   * of the {@linkplain #threadFactory thread factory}, which claims and sends further full
   * batches and ends when they stop coming full; each batch in flight uses a connection of the
   * store's pool while it claims and reports back.
   *
   * @param maxBatchesInFlight at least 1
   * @return this builder
   */
  public OutboxDispatcherBuilder maxBatchesInFlight(int maxBatchesInFlight) {
    if (maxBatchesInFlight < 1) {
      throw new IllegalArgumentException(
          "maxBatchesInFlight must be at least 1: " + maxBatchesInFlight);
    }
    this.maxBatchesInFlight = maxBatchesInFlight;
    return this;
  }

  /**
   * How often the background thread looks for due events when not woken; default 1 s.
   *
   * @param dispatchInterval positive; never null
   * @return this builder
   */
  public OutboxDispatcherBuilder dispatchInterval(Duration dispatchInterval) {
    this.dispatchInterval = positive(dispatchInterval, "dispatchInterval");
    return this;
  }

  /**
   * How long a claim holds; default 45 s. After a crash, the dead instance's claims are free
   * again after it, so it bounds how late their updates are. It MUST exceed the {@linkplain
   * #maxCallTime longest call}: a call starts only while the lease has room for it (less a tenth
   * of the lease as margin), and what is not sent is released for the next round.
   *
   * @param lease positive; never null
   * @return this builder
   */
  public OutboxDispatcherBuilder lease(Duration lease) {
    this.lease = positive(lease, "lease");
    return this;
  }

  /**
   * The backoff between failed attempts of an event: {@code initial × 2^(attempt−1)}, at most
   * {@code max}, with jitter; a {@code Retry-After} is honoured up to {@code max}. The same
   * schedule paces the pause after a 401 or 403. Default 30 s to 1 h.
   *
   * @param initial positive; never null
   * @param max at least {@code initial}; never null
   * @return this builder
   */
  public OutboxDispatcherBuilder retryBackoff(Duration initial, Duration max) {
    positive(initial, "initial");
    positive(max, "max");
    if (max.compareTo(initial) < 0) {
      throw new IllegalArgumentException("max backoff must not be shorter than the initial one");
    }
    this.initialBackoff = initial;
    this.maxBackoff = max;
    return this;
  }

  /**
   * After how many failed attempts an event is dead-lettered; default 10.
   *
   * @param maxAttempts at least 1
   * @return this builder
   */
  public OutboxDispatcherBuilder maxAttempts(int maxAttempts) {
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("maxAttempts must be at least 1: " + maxAttempts);
    }
    this.maxAttempts = maxAttempts;
    return this;
  }

  /**
   * From what age a failing event is dead-lettered, counted from when its version was queued;
   * default 24 h. An event is never dead-lettered before it failed.
   *
   * @param maxAge positive; never null
   * @return this builder
   */
  public OutboxDispatcherBuilder maxAge(Duration maxAge) {
    this.maxAge = positive(maxAge, "maxAge");
    return this;
  }

  /**
   * How long {@link OutboxDispatcher#stop()} waits for an in-flight batch; default 30 s.
   *
   * @param shutdownTimeout positive; never null
   * @return this builder
   */
  public OutboxDispatcherBuilder shutdownTimeout(Duration shutdownTimeout) {
    this.shutdownTimeout = positive(shutdownTimeout, "shutdownTimeout");
    return this;
  }

  /**
   * The clock the maximum age is measured with; default the UTC system clock. Waits use the JVM's
   * monotonic time.
   *
   * @param clock the clock; never null
   * @return this builder
   */
  public OutboxDispatcherBuilder clock(Clock clock) {
    this.clock = Objects.requireNonNull(clock, "clock");
    return this;
  }

  /**
   * Makes the background thread and the threads that send batches beyond the first in flight;
   * default daemon threads named {@code classpass-dispatcher}. Virtual threads suit it.
   *
   * @param threadFactory the factory; never null
   * @return this builder
   */
  public OutboxDispatcherBuilder threadFactory(ThreadFactory threadFactory) {
    this.threadFactory = Objects.requireNonNull(threadFactory, "threadFactory");
    return this;
  }

  /**
   * Told about every batch sent or failed; default none.
   *
   * @param dispatchListener the listener; never null
   * @return this builder
   */
  public OutboxDispatcherBuilder dispatchListener(DispatchListener dispatchListener) {
    this.dispatchListener = Objects.requireNonNull(dispatchListener, "dispatchListener");
    return this;
  }

  /**
   * Told when each batch starts and how it ended, for timers and traces; default {@link
   * DispatchObserver#none()}. The Spring Boot starter sets one that records Micrometer
   * observations.
   *
   * @param dispatchObserver the observer; never null
   * @return this builder
   */
  public OutboxDispatcherBuilder dispatchObserver(DispatchObserver dispatchObserver) {
    this.dispatchObserver = Objects.requireNonNull(dispatchObserver, "dispatchObserver");
    return this;
  }

  /**
   * The longest one client call can take, its timeouts and retries included; default what the
   * client's {@link ClassPassClient#callLimits()} say with the dispatcher's brief retries, else
   * half the lease. No call starts unless it can end before the lease does, so that two
   * dispatchers never send the same entry at the same time; a lease too short for one call is
   * raised (with a WARN).
   *
   * @param maxCallTime positive; never null
   * @return this builder
   */
  public OutboxDispatcherBuilder maxCallTime(Duration maxCallTime) {
    this.maxCallTime = positive(maxCallTime, "maxCallTime");
    return this;
  }

  /**
   * How long dead letters are kept; default 30 days. The dispatcher purges older ones about once
   * an hour.
   *
   * @param retention positive; never null
   * @return this builder
   */
  public OutboxDispatcherBuilder deadLetterRetention(Duration retention) {
    this.deadLetterRetention = positive(retention, "deadLetterRetention");
    return this;
  }

  /**
   * What to do when ClassPass answers 404 to a schedule update, meaning it does not know the
   * schedule's venue yet: the sync layer queues the venue's (and its partner's) registration. The
   * update is retried with an attempt counted. Default: retry only.
   *
   * @param venueRegistrations called with the partner id and the venue id; never null
   * @return this builder
   */
  public OutboxDispatcherBuilder onUnknownVenue(BiConsumer<String, String> venueRegistrations) {
    this.venueRegistrations = Objects.requireNonNull(venueRegistrations, "venueRegistrations");
    return this;
  }

  /**
   * Told about every event given up on; default none (dead letters are still logged at WARN).
   *
   * @param deadLetterListener the listener; never null
   * @return this builder
   */
  public OutboxDispatcherBuilder deadLetterListener(DeadLetterListener deadLetterListener) {
    this.deadLetterListener = Objects.requireNonNull(deadLetterListener, "deadLetterListener");
    return this;
  }

  /**
   * The claim owner; default a random UUID and the host name. It MUST be unique among the
   * dispatchers sharing a store, so never give two instances the same one.
   *
   * @param ownerId 1 to 200 characters; never null
   * @return this builder
   */
  public OutboxDispatcherBuilder ownerId(String ownerId) {
    this.ownerId = OutboxArguments.owner(ownerId);
    return this;
  }

  /**
   * Builds the dispatcher, not yet started.
   *
   * @return a new dispatcher; never null
   * @throws IllegalStateException when the store or the client is missing
   */
  public OutboxDispatcher build() {
    require(store, "store");
    require(client, "client");
    // A default id is made per build, so that two dispatchers built alike never share one.
    return new OutboxDispatcher(this, ownerId == null ? defaultOwnerId() : ownerId, calls());
  }

  /** The client the dispatcher sends with, its longest call, and the lease sized to it. */
  record Calls(ClassPassClient client, Duration maxCallTime, Duration lease) {}

  /**
   * The dispatcher's client retries briefly ({@link RetrySettings#brief()}, or less when the
   * given client retries less): the outbox owns the long waits, and one call's longest time is
   * then known. The lease is raised, with a WARN, when a call could not start within it.
   */
  Calls calls() {
    RetrySettings brief = RetrySettings.brief();
    RetrySettings retry = client.callLimits().map(CallLimits::retry)
        .filter(current -> current.maxAttempts() <= brief.maxAttempts())
        .orElse(brief);
    ClassPassClient briefClient = client.withRetry(retry);
    Duration callTime = maxCallTime != null ? maxCallTime
        : briefClient.callLimits().map(CallLimits::maxCallTime).orElse(lease.dividedBy(2));
    Duration needed = callTime.multipliedBy(10).dividedBy(9).plusSeconds(1);
    Duration effectiveLease = lease;
    if (callTime.compareTo(lease.minus(lease.dividedBy(10))) > 0) {
      LOG.warn("the dispatcher's lease {} is too short for one call to ClassPass (up to {}); using"
          + " {}. A crashed instance's updates are sent that much later.", lease, callTime,
          needed);
      effectiveLease = needed;
    }
    return new Calls(briefClient, callTime, effectiveLease);
  }

  DeliveryPolicy policy() {
    return new DeliveryPolicy(initialBackoff, maxBackoff, maxAttempts, maxAge);
  }

  private static String defaultOwnerId() {
    String host = System.getenv("HOSTNAME");
    if (host == null || host.isBlank()) {
      try {
        host = InetAddress.getLocalHost().getHostName();
      } catch (UnknownHostException | SecurityException e) {
        host = "unknown-host";
      }
    }
    String id = UUID.randomUUID() + "@" + host;
    return id.length() <= OutboxArguments.MAX_OWNER_LENGTH
        ? id : id.substring(0, OutboxArguments.MAX_OWNER_LENGTH);
  }

  private static Thread daemonThread(Runnable task) {
    Thread thread = new Thread(task, "classpass-dispatcher");
    thread.setDaemon(true);
    return thread;
  }

  private static Duration positive(Duration value, String name) {
    Objects.requireNonNull(value, name);
    if (value.isNegative() || value.isZero()) {
      throw new IllegalArgumentException(name + " must be positive: " + value);
    }
    return value;
  }

  private static void require(Object value, String name) {
    if (value == null) {
      throw new IllegalStateException(name + " is required: call " + name + "(…) before build()");
    }
  }
}
