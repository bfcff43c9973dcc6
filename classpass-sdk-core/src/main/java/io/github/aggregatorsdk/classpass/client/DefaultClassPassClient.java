package io.github.aggregatorsdk.classpass.client;

import feign.FeignException;
import feign.RetryableException;
import io.github.aggregatorsdk.classpass.model.Partner;
import io.github.aggregatorsdk.classpass.model.PartnerEnvelope;
import io.github.aggregatorsdk.classpass.model.UpdateBatch;
import io.github.aggregatorsdk.classpass.model.UpdateEvent;
import io.github.aggregatorsdk.classpass.model.Venue;
import io.github.aggregatorsdk.classpass.model.VenueEnvelope;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.random.RandomGenerator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The Feign-backed client; translates Feign's exceptions at this boundary. */
final class DefaultClassPassClient implements ClassPassClient {

  private static final Logger LOG = LoggerFactory.getLogger(DefaultClassPassClient.class);

  private final InventoryApi api;
  private final CallLimits limits;
  private final RandomGenerator random;
  private final Sleeper sleeper;
  private final RetryingExecutor retrying;
  private final int batchSize;
  private final ClassPassCallObserver observer;

  /** {@code random} is the jitter's source; null for the thread-local one. */
  DefaultClassPassClient(
      InventoryApi api,
      CallLimits limits,
      RandomGenerator random,
      Sleeper sleeper,
      int batchSize,
      ClassPassCallObserver observer) {
    this.api = api;
    this.observer = observer;
    this.limits = limits;
    this.random = random;
    this.sleeper = sleeper;
    Backoff backoff = limits.retry().backoff();
    this.retrying =
        new RetryingExecutor(limits, random == null ? backoff : backoff.withRandom(random), sleeper);
    this.batchSize = batchSize;
  }

  @Override
  public int batchSize() {
    return batchSize;
  }

  @Override
  public Optional<CallLimits> callLimits() {
    return Optional.of(limits);
  }

  @Override
  public ClassPassClient withRetry(RetrySettings retry) {
    // Same connections and settings; only the retry schedule (and the total it implies) changes.
    return new DefaultClassPassClient(
        api,
        limits.withRetry(Objects.requireNonNull(retry, "retry")),
        random,
        sleeper,
        batchSize,
        observer);
  }

  @Override
  public void registerPartner(Partner partner) {
    PartnerEnvelope body = new PartnerEnvelope(Objects.requireNonNull(partner, "partner"));
    call(InventoryApi.PARTNERS, () -> api.registerPartner(body));
  }

  @Override
  public void registerVenue(Venue venue) {
    VenueEnvelope body = new VenueEnvelope(Objects.requireNonNull(venue, "venue"));
    call(InventoryApi.VENUES, () -> api.registerVenue(body));
  }

  @Override
  public void pushUpdate(UpdateEvent event) {
    UpdateEvent body = Objects.requireNonNull(event, "event").withId(null);
    call(InventoryApi.UPDATES, () -> api.pushUpdate(body));
  }

  @Override
  public PushUpdatesResult pushUpdates(List<UpdateEvent> events) {
    List<UpdateEvent> withIds = withIds(Objects.requireNonNull(events, "events"));
    List<BatchOutcome> outcomes = new ArrayList<>();
    for (int from = 0; from < withIds.size(); from += batchSize) {
      List<UpdateEvent> batch = withIds.subList(from, Math.min(from + batchSize, withIds.size()));
      List<String> ids = batch.stream().map(UpdateEvent::id).toList();
      if (Thread.currentThread().isInterrupted()) {
        outcomes.add(
            BatchOutcome.failed(
                ids, new ClassPassException("Interrupted before sending the batch")));
        continue;
      }
      try {
        UpdateBatch body = new UpdateBatch(batch);
        call(InventoryApi.BATCH_UPDATES, () -> api.pushUpdates(body));
        outcomes.add(BatchOutcome.succeeded(ids));
      } catch (ClassPassException e) {
        outcomes.add(BatchOutcome.failed(ids, e));
      }
    }
    return new PushUpdatesResult(outcomes);
  }

  private static List<UpdateEvent> withIds(List<UpdateEvent> events) {
    List<UpdateEvent> withIds = new ArrayList<>(events.size());
    for (int i = 0; i < events.size(); i++) {
      int index = i;
      UpdateEvent event = Objects.requireNonNull(events.get(i), () -> "events[" + index + "]");
      withIds.add(event.id() != null ? event : event.withId(UUID.randomUUID().toString()));
    }
    return withIds;
  }

  /**
   * Sends with retries, translating Feign's exceptions. Only their cause is kept: a Feign exception
   * holds the request, Authorization header included, where a serializer could find it.
   */
  private void call(String request, Runnable send) {
    ClassPassCallObserver.Call observed = started(request);
    int[] attempts = new int[1];
    int status;
    try {
      status = AnswerStatus.of(() -> attempt(request, send, attempts));
    } catch (RuntimeException e) {
      // Every call is told its end, or an observer's open scope would leak into the thread.
      ClassPassException failure = e instanceof ClassPassException known ? known
          : new ClassPassException("ClassPass call " + request + " failed: " + describe(e), e);
      tell(() -> observed.failed(failure, Math.max(1, attempts[0])));
      throw e;
    }
    tell(() -> observed.succeeded(status, attempts[0]));
  }

  private ClassPassCallObserver.Call started(String request) {
    try {
      return Objects.requireNonNull(observer.started(request), "observed call");
    } catch (RuntimeException e) {
      LOG.debug("ClassPass call observer failed with {}", e.getClass().getName());
      return ClassPassCallObserver.none().started(request);
    }
  }

  private static void tell(Runnable observerCall) {
    try {
      observerCall.run();
    } catch (RuntimeException e) {
      LOG.debug("ClassPass call observer failed with {}", e.getClass().getName());
    }
  }

  private void attempt(String request, Runnable send, int[] attempts) {
    retrying.run(
        () -> {
          attempts[0]++;
          try {
            send.run();
          } catch (RetryableException e) {
            // Feign's way of saying the request got no answer (it reports status -1).
            throw new ClassPassConnectionException(
                "No answer from ClassPass to " + request + ": " + describe(e.getCause()),
                e.getCause());
          } catch (FeignException e) {
            Throwable cause = e.getCause();
            throw new ClassPassException(
                "ClassPass call " + request + " failed: " + describe(cause == null ? e : cause),
                cause);
          }
        });
  }

  private static String describe(Throwable cause) {
    if (cause == null) {
      return "unknown cause";
    }
    return cause.getMessage() == null
        ? cause.getClass().getSimpleName()
        : cause.getClass().getSimpleName() + ": " + cause.getMessage();
  }
}
