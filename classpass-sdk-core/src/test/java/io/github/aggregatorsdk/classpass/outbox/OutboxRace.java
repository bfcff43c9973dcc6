package io.github.aggregatorsdk.classpass.outbox;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BiFunction;

/**
 * Concurrent workloads for {@link OutboxStoreContract}: threads spread over one or more stores
 * that share storage, released together to collide as often as possible.
 */
final class OutboxRace {

  private static final int CLAIM_MAX = 5;

  private final List<OutboxStore> stores;
  private final Duration lease;

  OutboxRace(List<OutboxStore> stores, Duration lease) {
    this.stores = List.copyOf(stores);
    this.lease = lease;
  }

  /**
   * Claimers take and mark sent until nothing is pending.
   *
   * @return how many times each event id was claimed
   */
  Map<String, Integer> claimAndSendUntilEmpty(int claimers, int max) throws Exception {
    Map<String, Integer> claims = new ConcurrentHashMap<>();
    run(claimers, thread -> {
      OutboxStore store = store(thread);
      String owner = "claimer-" + thread;
      while (true) {
        List<OutboxEntry> claimed = store.claim(owner, max, lease);
        if (claimed.isEmpty() && store.counts().pending() == 0) {
          return;
        }
        claimed.forEach(entry -> claims.merge(entry.eventId(), 1, Integer::sum));
        store.markSent(owner, claimed);
      }
    });
    return claims;
  }

  /** Every version 1..versions of keys schedule:0.., in random order, spread over the threads. */
  void enqueueShuffled(int threads, int keys, int versions,
      BiFunction<String, Integer, OutboxEvent> events) throws Exception {
    List<OutboxEvent> all = new ArrayList<>();
    for (int key = 0; key < keys; key++) {
      for (int version = 1; version <= versions; version++) {
        all.add(events.apply("schedule:" + key, version));
      }
    }
    Collections.shuffle(all, new Random(42));
    run(threads, thread -> {
      for (int i = thread; i < all.size(); i += threads) {
        store(thread).enqueue(all.get(i));
      }
    });
  }

  /**
   * Producers queue versions 1..versions of their keys in order while claimers send. Fails when
   * two claimers hold one key at the same time.
   *
   * @return per key, the versions in the order they were sent
   */
  Map<String, List<Instant>> produceWhileSending(int keys, int versions, int producers,
      int claimers, BiFunction<String, Integer, OutboxEvent> events) throws Exception {
    Map<String, List<Instant>> sent = new ConcurrentHashMap<>();
    Set<String> inFlight = ConcurrentHashMap.newKeySet();
    AtomicBoolean producing = new AtomicBoolean(true);
    CountDownLatch producersLeft = new CountDownLatch(producers);
    run(producers + claimers, thread -> {
      OutboxStore store = store(thread);
      if (thread < producers) {
        for (int version = 1; version <= versions; version++) {
          for (int key = thread; key < keys; key += producers) {
            store.enqueue(events.apply("schedule:" + key, version));
          }
        }
        producersLeft.countDown();
        if (producersLeft.getCount() == 0) {
          producing.set(false);
        }
        return;
      }
      String owner = "claimer-" + thread;
      while (true) {
        boolean lastRound = !producing.get();
        List<OutboxEntry> claimed = store.claim(owner, CLAIM_MAX, lease);
        if (claimed.isEmpty() && lastRound && store.counts().pending() == 0) {
          return;
        }
        for (OutboxEntry entry : claimed) {
          if (!inFlight.add(entry.key())) {
            throw new AssertionError(entry.key() + " was claimed twice at once");
          }
          sent.computeIfAbsent(entry.key(), key -> Collections.synchronizedList(new ArrayList<>()))
              .add(entry.event().lastUpdated());
        }
        claimed.forEach(entry -> inFlight.remove(entry.key()));
        store.markSent(owner, claimed);
      }
    });
    return sent;
  }

  private OutboxStore store(int thread) {
    return stores.get(thread % stores.size());
  }

  private static void run(int threads, ThreadBody body) throws Exception {
    ExecutorService executor = Executors.newFixedThreadPool(threads);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<?>> futures = new ArrayList<>();
      for (int thread = 0; thread < threads; thread++) {
        int number = thread;
        futures.add(executor.submit(() -> {
          start.await();
          body.run(number);
          return null;
        }));
      }
      start.countDown();
      for (Future<?> future : futures) {
        try {
          future.get(60, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
          if (e.getCause() instanceof Error error) {
            throw error;
          }
          throw (Exception) e.getCause();
        }
      }
    } finally {
      executor.shutdownNow();
    }
  }

  @FunctionalInterface
  private interface ThreadBody {
    void run(int thread) throws Exception;
  }
}
