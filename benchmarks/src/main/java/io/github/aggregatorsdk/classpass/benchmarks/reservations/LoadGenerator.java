package io.github.aggregatorsdk.classpass.benchmarks.reservations;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import org.HdrHistogram.Histogram;

/**
 * Closed-loop load: {@code clients} threads each send a reservation, wait for the answer and send
 * the next, until {@code requests} were answered. Each request books a new ClassPass user into a
 * class picked at random, so classes fill up at different moments while others are still being
 * booked, and the last spots of a class are fought over by concurrent requests.
 */
final class LoadGenerator {

  private static final long MAX_LATENCY_NANOS = TimeUnit.MINUTES.toNanos(1);

  private final PartnerApiCalls api;
  private final String partnerId;
  private final String venueId;
  private final List<String> classIds;
  private final int clients;

  LoadGenerator(
      PartnerApiCalls api, String partnerId, String venueId, List<String> classIds, int clients) {
    this.api = api;
    this.partnerId = partnerId;
    this.venueId = venueId;
    this.classIds = List.copyOf(classIds);
    this.clients = clients;
  }

  /**
   * Sends {@code requests} reservations whose ids start with {@code idPrefix}.
   *
   * @throws IllegalStateException when a request fails without an answer
   */
  /** How often a reservation answered 503 (server saturated) is sent again before it counts. */
  private static final int MAX_503_RETRIES = 100;

  Result run(int requests, String idPrefix) throws InterruptedException {
    AtomicInteger next = new AtomicInteger();
    Map<String, LongAdder> bookedByClass = new ConcurrentHashMap<>();
    Map<Integer, LongAdder> refusedByCode = new ConcurrentHashMap<>();
    List<Histogram> histograms = new ArrayList<>();
    List<Throwable> failures = new ArrayList<>();
    CountDownLatch done = new CountDownLatch(clients);
    List<Thread> threads = new ArrayList<>();
    for (int c = 0; c < clients; c++) {
      Histogram histogram = new Histogram(MAX_LATENCY_NANOS, 3);
      histograms.add(histogram);
      threads.add(new Thread(() -> {
        try {
          for (int i = next.getAndIncrement(); i < requests; i = next.getAndIncrement()) {
            String classId = classIds.get(ThreadLocalRandom.current().nextInt(classIds.size()));
            long start = System.nanoTime();
            PartnerApiCalls.Reply reply = api.reserve(
                partnerId, venueId, classId, idPrefix + "-r" + i, idPrefix + "-u" + i);
            // As ClassPass does: a 503 from a saturated server is sent again, same id and body.
            for (int retry = 0; reply.status() == 503 && retry < MAX_503_RETRIES; retry++) {
              Thread.sleep(10);
              reply = api.reserve(
                  partnerId, venueId, classId, idPrefix + "-r" + i, idPrefix + "-u" + i);
            }
            histogram.recordValue(Math.min(System.nanoTime() - start, MAX_LATENCY_NANOS));
            if (reply.booked()) {
              bookedByClass.computeIfAbsent(classId, id -> new LongAdder()).increment();
            } else {
              int code = reply.errorCode() != 0 ? reply.errorCode() : reply.status();
              refusedByCode.computeIfAbsent(code, k -> new LongAdder()).increment();
            }
          }
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          synchronized (failures) {
            failures.add(e);
          }
          next.set(requests);
        } catch (RuntimeException e) {
          synchronized (failures) {
            failures.add(e);
          }
          next.set(requests); // stop the other clients too
        } finally {
          done.countDown();
        }
      }, "reservation-client-" + (c + 1)));
    }
    long start = System.nanoTime();
    threads.forEach(Thread::start);
    done.await();
    long elapsed = System.nanoTime() - start;
    if (!failures.isEmpty()) {
      IllegalStateException failure =
          new IllegalStateException("a reservation got no answer", failures.get(0));
      failures.stream().skip(1).forEach(failure::addSuppressed);
      throw failure;
    }
    Histogram latencies = new Histogram(MAX_LATENCY_NANOS, 3);
    histograms.forEach(latencies::add);
    return new Result(requests, elapsed, counts(bookedByClass), counts(refusedByCode), latencies);
  }

  private static <K> Map<K, Long> counts(Map<K, LongAdder> adders) {
    Map<K, Long> counts = new ConcurrentHashMap<>();
    adders.forEach((key, adder) -> counts.put(key, adder.sum()));
    return Map.copyOf(counts);
  }

  /**
   * What one run did.
   *
   * @param requests reservations answered
   * @param elapsedNanos from the first request sent to the last answer
   * @param bookedByClass confirmed reservations per class id
   * @param refusedByCode refusals per error code (the HTTP status when the body had none)
   * @param latencies every request's round trip, in nanoseconds
   */
  record Result(int requests, long elapsedNanos, Map<String, Long> bookedByClass,
      Map<Integer, Long> refusedByCode, Histogram latencies) {

    long booked() {
      return bookedByClass.values().stream().mapToLong(Long::longValue).sum();
    }

    long refused(int code) {
      return refusedByCode.getOrDefault(code, 0L);
    }

    double perSecond() {
      return requests / (elapsedNanos / 1e9);
    }

    double millisAt(double percentile) {
      return latencies.getValueAtPercentile(percentile) / 1e6;
    }
  }
}
