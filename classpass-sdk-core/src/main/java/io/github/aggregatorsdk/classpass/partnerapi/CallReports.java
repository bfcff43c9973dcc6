package io.github.aggregatorsdk.classpass.partnerapi;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Who hears about the partner API's calls: the observer (timings, traces), the refused-call
 * listener with a WARN at most once a minute, and the answered-call listeners. A failing listener
 * or observer never changes an answer; it is logged with its exception's class only.
 */
final class CallReports {

  /** The handler's logger: hosts and tests read these lines under its name. */
  private static final Logger LOG = LoggerFactory.getLogger(PartnerApiHandler.class);

  private static final long REFUSAL_WARNING_NANOS = TimeUnit.MINUTES.toNanos(1);

  private final PartnerApiObserver observer;
  private final RefusedCallListener refusedCalls;
  private final List<AnsweredCallListener> answeredCalls;
  private final AtomicLong refusedSinceWarning = new AtomicLong();
  private final AtomicLong nextRefusalWarning = new AtomicLong(System.nanoTime());

  CallReports(
      PartnerApiObserver observer,
      RefusedCallListener refusedCalls,
      List<AnsweredCallListener> answeredCalls) {
    this.observer = observer;
    this.refusedCalls = refusedCalls;
    this.answeredCalls = List.copyOf(answeredCalls);
  }

  /** Tells the observer a call started; a failing observer is replaced by one that does nothing. */
  PartnerApiObserver.Exchange started(String method) {
    try {
      return Objects.requireNonNull(observer.started(method), "exchange");
    } catch (RuntimeException e) {
      LOG.debug("partner API observer failed with {}", e.getClass().getName());
      return PartnerApiObserver.none().started(method);
    }
  }

  /** Tells the observer how a call it saw start was answered. */
  void finished(PartnerApiObserver.Exchange exchange, String route, PartnerApiResponse response) {
    try {
      exchange.answered(route, response);
    } catch (RuntimeException e) {
      LOG.debug("partner API observer failed with {}", e.getClass().getName());
    }
  }

  /** Counts a refused call and logs the count at WARN at most once a minute, never the token. */
  void refused(String route) {
    long count = refusedSinceWarning.incrementAndGet();
    long due = nextRefusalWarning.get();
    if (System.nanoTime() - due >= 0
        && nextRefusalWarning.compareAndSet(due, System.nanoTime() + REFUSAL_WARNING_NANOS)) {
      refusedSinceWarning.addAndGet(-count);
      LOG.warn("ClassPass partner API refused {} call(s) for a missing or wrong token (the last"
          + " on {}); check the token configured at ClassPass", count, route);
    }
    try {
      refusedCalls.refused(route);
    } catch (RuntimeException e) {
      LOG.warn("refused-call listener failed with {}", e.getClass().getName());
    }
  }

  /** Tells the answered-call listeners that an endpoint answered with a status. */
  void answered(String endpoint, int status) {
    for (AnsweredCallListener listener : answeredCalls) {
      try {
        listener.answered(endpoint, status);
      } catch (RuntimeException e) {
        LOG.warn("answered-call listener failed with {}", e.getClass().getName());
      }
    }
  }
}
