package io.github.aggregatorsdk.classpass.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import org.junit.jupiter.api.Test;

class BodyCollectorTest {

  private final RecordingSubscription subscription = new RecordingSubscription();

  @Test
  void collectsEveryBufferOfTheBody() throws Exception {
    BodyCollector collector = new BodyCollector(64, System.nanoTime() + 1_000_000_000L);
    collector.onSubscribe(subscription);
    collector.onNext(List.of(bytes("{\"status\":"), bytes("\"accepted\"")));
    collector.onNext(List.of(bytes("}")));
    collector.onComplete();

    assertThat(new String(collector.getBody().toCompletableFuture().get(), StandardCharsets.UTF_8))
        .isEqualTo("{\"status\":\"accepted\"}");
    assertThat(subscription.requested).isEqualTo(Long.MAX_VALUE);
    assertThat(subscription.cancelled).isFalse();
  }

  @Test
  void aBodyOverTheCapIsCutThereAndItsExchangeCancelled() throws Exception {
    BodyCollector collector = new BodyCollector(8, System.nanoTime() + 1_000_000_000L);
    collector.onSubscribe(subscription);
    collector.onNext(List.of(bytes("12345"), bytes("67890")));
    collector.onNext(List.of(bytes("never read")));

    assertThat(new String(collector.getBody().toCompletableFuture().get(), StandardCharsets.UTF_8))
        .isEqualTo("12345678");
    assertThat(subscription.cancelled).isTrue();
  }

  @Test
  void aBodyThatBreaksOffReadsAsEmpty() throws Exception {
    BodyCollector collector = new BodyCollector(64, System.nanoTime() + 1_000_000_000L);
    collector.onSubscribe(subscription);
    collector.onNext(List.of(bytes("{\"sta")));
    collector.onError(new java.io.IOException("connection reset"));

    assertThat(collector.getBody().toCompletableFuture().get()).isEmpty();
  }

  @Test
  void expiringFailsTheBodyWithATimeoutAndCancelsTheExchange() {
    BodyCollector collector = new BodyCollector(64, System.nanoTime());
    collector.onSubscribe(subscription);
    collector.onNext(List.of(bytes("{\"sta")));

    collector.expire();
    collector.onError(new java.io.IOException("cancelled"));

    assertThat(subscription.cancelled).isTrue();
    assertThat(collector.expired()).isTrue();
    Throwable failure = catchThrowable(() -> collector.getBody().toCompletableFuture().get());
    assertThat(failure).isInstanceOf(ExecutionException.class);
    assertThat(failure.getCause())
        .isInstanceOf(HttpTimeoutException.class)
        .hasMessage("the answer's body did not arrive within the attempt timeout");
  }

  @Test
  void expiredBeforeTheHeadersCancelsTheExchangeOnceItsBodyStarts() {
    BodyCollector collector = new BodyCollector(64, System.nanoTime());
    collector.expire();

    collector.onSubscribe(subscription);

    assertThat(subscription.cancelled).isTrue();
    assertThat(subscription.requested).isZero();
    assertThat(collector.getBody().toCompletableFuture()).isCompletedExceptionally();
  }

  @Test
  void expiringAfterTheBodyCompletedChangesNothing() throws Exception {
    BodyCollector collector = new BodyCollector(64, System.nanoTime());
    collector.onSubscribe(subscription);
    collector.onNext(List.of(bytes("{}")));
    collector.onComplete();

    collector.expire();

    assertThat(collector.expired()).isFalse();
    assertThat(collector.getBody().toCompletableFuture().get()).containsExactly('{', '}');
  }

  private static ByteBuffer bytes(String text) {
    return ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8));
  }

  private static final class RecordingSubscription implements Flow.Subscription {
    long requested;
    boolean cancelled;

    @Override
    public void request(long n) {
      requested += n;
    }

    @Override
    public void cancel() {
      cancelled = true;
    }
  }
}
