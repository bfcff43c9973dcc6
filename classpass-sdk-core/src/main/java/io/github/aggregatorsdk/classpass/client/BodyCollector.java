package io.github.aggregatorsdk.classpass.client;

import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * Collects an answer's body as bytes, at most {@code maxBytes} of them, and fails it when its
 * attempt's deadline passes first: the JDK's request timeout only covers the exchange up to the
 * headers. The deadline is enforced from outside, by {@link DeadlineTicker} calling {@link
 * #expire()}, which cancels the subscription (the JDK client then closes the connection) and
 * completes the body with an {@link HttpTimeoutException}, which wakes the caller of {@code
 * HttpClient.send}.
 *
 * <p>A body longer than {@code maxBytes} is cut there and its connection closed; a body that breaks
 * off reads as empty (the status is the answer, as it is for errors' bodies). Collecting the body
 * in the HTTP client's own threads, as {@code BodyHandlers.ofByteArray()} does, costs the caller a
 * single wake-up per call; a stream read by the caller costs two.
 */
final class BodyCollector implements HttpResponse.BodySubscriber<byte[]>, DeadlineTicker.Expiring {

  static final String DEADLINE_PASSED = "the answer's body did not arrive within the attempt timeout";

  private static final byte[] EMPTY = new byte[0];

  private final int maxBytes;
  private final long deadlineNanos;
  private final CompletableFuture<byte[]> body = new CompletableFuture<>();
  // Written by the HTTP client's threads one signal at a time (onSubscribe, onNext, ...).
  private byte[] bytes = EMPTY;
  private int size;
  // Read and written by the ticker too.
  private volatile Flow.Subscription subscription;
  private volatile boolean expired;

  /** A collector of at most {@code maxBytes} that fails at {@code deadlineNanos} (nano time). */
  BodyCollector(int maxBytes, long deadlineNanos) {
    this.maxBytes = maxBytes;
    this.deadlineNanos = deadlineNanos;
  }

  @Override
  public long deadlineNanos() {
    return deadlineNanos;
  }

  @Override
  public void expire() {
    expired = true;
    body.completeExceptionally(new HttpTimeoutException(DEADLINE_PASSED));
    Flow.Subscription current = subscription;
    if (current != null) {
      current.cancel();
    }
  }

  /** Whether the body was cut short by the deadline. */
  boolean expired() {
    return expired && body.isCompletedExceptionally();
  }

  @Override
  public CompletionStage<byte[]> getBody() {
    return body;
  }

  @Override
  public void onSubscribe(Flow.Subscription subscription) {
    if (this.subscription != null) {
      subscription.cancel();
      return;
    }
    this.subscription = subscription;
    // Set before the check: the ticker sees the subscription, or this sees the expiry.
    if (expired) {
      subscription.cancel();
      return;
    }
    subscription.request(Long.MAX_VALUE);
  }

  @Override
  public void onNext(List<ByteBuffer> buffers) {
    if (body.isDone()) {
      return;
    }
    for (ByteBuffer buffer : buffers) {
      int room = maxBytes - size;
      int take = Math.min(room, buffer.remaining());
      if (size + take > bytes.length) {
        bytes = Arrays.copyOf(bytes, Math.max(size + take, Math.min(maxBytes, 2 * size)));
      }
      buffer.get(bytes, size, take);
      size += take;
      if (buffer.hasRemaining()) {
        // Over the cap: keep what fits, close the connection rather than read the rest.
        body.complete(result());
        subscription.cancel();
        return;
      }
    }
  }

  @Override
  public void onError(Throwable throwable) {
    // A body that breaks off reads as empty; after an expiry, the timeout stands.
    body.complete(EMPTY);
  }

  @Override
  public void onComplete() {
    body.complete(result());
  }

  private byte[] result() {
    return size == bytes.length ? bytes : Arrays.copyOf(bytes, size);
  }
}
