package io.github.aggregatorsdk.classpass.sync;

import io.github.aggregatorsdk.classpass.internal.MessageWithheld;
import io.github.aggregatorsdk.classpass.outbox.JobRun;
import io.github.aggregatorsdk.classpass.outbox.OutboxStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The self-healing full resync: every venue's schedule pushed again every interval (default 6 h),
 * the first time shortly after start (half a minute to a minute, or one interval when that is
 * shorter; jittered so that instances started together spread out), by one instance at a time across the cluster. It also pushes
 * what changes with time alone, such as a release window opening.
 *
 * <p>Coordination is a lock row in the outbox's database ({@link OutboxStore#tryLockJob}), not
 * an in-memory flag: an instance that finds the lock held, or finds that another instance started
 * a run less than nine tenths of an interval ago (a quarter of an hour for the first run after
 * start), skips its turn. The last run's start, end and outcome are kept in the database ({@link
 * OutboxStore#lastJobRun}). A failed run is logged and the next one comes as planned. Thread-safe.
 */
public final class PeriodicResync {

  /** The longest owner id an {@code OutboxStore} takes for its job lock. */
  private static final int MAX_OWNER_LENGTH = 200;

  /** The job name under which runs are locked and recorded. */
  public static final String JOB = "full-resync";

  private static final Logger LOG = LoggerFactory.getLogger(PeriodicResync.class);
  private static final Duration LOCK_TTL = Duration.ofMinutes(30);
  private static final Duration FIRST_RUN_SKIP = Duration.ofMinutes(15);

  private final FullResync resync;
  private final OutboxStore store;
  private final Duration interval;
  private final Duration horizon;
  private final String owner;
  private final Clock clock;
  private final ScheduledExecutorService executor;
  private final Duration firstDelay;

  /**
   * A periodic resync, not yet started.
   *
   * @param resync what to run; never null
   * @param store where the lock and the last run are kept; never null
   * @param interval the time between runs; positive
   * @param horizon how far ahead each run reaches; never null, not negative
   * @param owner this instance's lock owner, unique per instance; never null
   * @param executor runs the job; never null; the caller shuts it down
   * @param clock "now" for the skip rule; never null
   * @param firstDelay the delay of the first run; null for the default jittered 30 to 60 s (at
   *     most one interval)
   */
  PeriodicResync(FullResync resync, OutboxStore store, Duration interval, Duration horizon,
      String owner, ScheduledExecutorService executor, Clock clock, Duration firstDelay) {
    this.resync = Objects.requireNonNull(resync, "resync");
    this.store = Objects.requireNonNull(store, "store");
    this.interval = Objects.requireNonNull(interval, "interval");
    if (interval.isNegative() || interval.isZero()) {
      throw new IllegalArgumentException("interval must be positive: " + interval);
    }
    this.horizon = Objects.requireNonNull(horizon, "horizon");
    this.owner = Objects.requireNonNull(owner, "owner");
    if (owner.isEmpty() || owner.length() > MAX_OWNER_LENGTH) {
      throw new IllegalArgumentException("owner must be 1 to " + MAX_OWNER_LENGTH + " characters");
    }
    this.executor = Objects.requireNonNull(executor, "executor");
    this.clock = Objects.requireNonNull(clock, "clock");
    Duration jittered = Duration.ofMillis(30_000 + ThreadLocalRandom.current().nextLong(30_001));
    this.firstDelay = firstDelay != null ? firstDelay
        : jittered.compareTo(interval) < 0 ? jittered : interval;
  }

  /**
   * Creates a periodic resync on the given executor.
   *
   * @param resync what to run; never null
   * @param store where the lock and the last run are kept; the JDBC store for a cluster; never
   *     null
   * @param interval the time between runs; positive
   * @param horizon how far ahead each run reaches; never null
   * @param owner this instance's lock owner, unique per instance (the dispatcher's owner id
   *     fits); never null
   * @param executor runs the job; never null; the caller shuts it down
   * @return the resync, not yet started; never null
   */
  public static PeriodicResync create(FullResync resync, OutboxStore store, Duration interval,
      Duration horizon, String owner, ScheduledExecutorService executor) {
    return new PeriodicResync(resync, store, interval, horizon, owner, executor,
        Clock.systemUTC(), null);
  }

  /** Schedules the first run after the jittered first delay and then one every interval. */
  public void start() {
    executor.schedule(() -> runIfDue(FIRST_RUN_SKIP), firstDelay.toMillis(),
        TimeUnit.MILLISECONDS);
    long every = interval.toMillis();
    executor.scheduleWithFixedDelay(() -> runIfDue(interval.minus(interval.dividedBy(10))),
        firstDelay.toMillis() + every, every, TimeUnit.MILLISECONDS);
    LOG.info("ClassPass full resync of every venue: first in {} s, then every {} (horizon {}),"
        + " one instance at a time", firstDelay.toSeconds(), interval, horizon);
  }

  /** Runs a resync now unless another instance runs one; does not wait for the schedule. */
  public Optional<ResyncSummary> runNow() {
    return run(Duration.ZERO);
  }

  /** The last run across the cluster, as the outbox keeps it. */
  public JobRun lastRun() {
    return store.lastJobRun(JOB);
  }

  private void runIfDue(Duration skipWithin) {
    try {
      run(skipWithin);
    } catch (RuntimeException e) {
      // An escaping exception would cancel every later run of the schedule.
      LOG.warn("ClassPass full resync failed with {}; the next one runs in {}",
          e.getClass().getName(), interval);
      LOG.debug("full resync failure", MessageWithheld.of(e));
    }
  }

  private Optional<ResyncSummary> run(Duration skipWithin) {
    Instant now = clock.instant();
    Optional<Instant> lastStart = store.lastJobRun(JOB).lastStartedAt();
    if (!skipWithin.isZero() && lastStart.isPresent()
        && lastStart.get().isAfter(now.minus(skipWithin))) {
      LOG.debug("full resync skipped: another run started at {}", lastStart.get());
      return Optional.empty();
    }
    if (!store.tryLockJob(JOB, owner, LOCK_TTL)) {
      LOG.debug("full resync skipped: another instance runs one");
      return Optional.empty();
    }
    String outcome = "failed";
    try {
      ResyncSummary summary = resync.resyncAll(horizon);
      outcome = summary.toString();
      return Optional.of(summary);
    } catch (RuntimeException e) {
      outcome = "failed with " + e.getClass().getName();
      throw e;
    } finally {
      store.finishJob(JOB, owner, outcome);
    }
  }
}
