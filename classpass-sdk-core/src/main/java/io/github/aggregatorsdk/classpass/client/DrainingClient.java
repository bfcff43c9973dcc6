package io.github.aggregatorsdk.classpass.client;

import feign.Client;
import feign.Request;
import feign.Response;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Enforces the attempt's deadline on the whole exchange and reads every answer's body to its end
 * (at most {@value #MAX_BODY_BYTES} bytes) before Feign sees it.
 *
 * <p>The deadline: the JDK's request timeout, set here to what is left of the attempt, covers
 * connecting and waiting for the headers only; once they are in, a server that stalls or trickles
 * the body would hold the caller for as long as it likes. So the body is read under a watchdog that
 * closes the stream at the deadline, which wakes the reader, cancels the exchange and closes its
 * connection; the attempt then fails with an {@link HttpTimeoutException}, which Feign reports as
 * no answer.
 *
 * <p>The draining: Feign closes the body of a {@code void} method unread, and the JDK's HTTP client
 * closes a connection whose answer was not read to the end instead of returning it to its pool:
 * without this, some 40% of calls opened a new connection, each a new TCP and TLS handshake with
 * ClassPass.
 */
final class DrainingClient implements Client {

  /** Far above any answer of the Inventory API; a longer body is cut and its connection closed. */
  static final int MAX_BODY_BYTES = 64 * 1024;

  private static final long MIN_REQUEST_TIMEOUT_NANOS = TimeUnit.MILLISECONDS.toNanos(1);

  private final Client delegate;
  private final long attemptTimeoutNanos;

  DrainingClient(Client delegate, Duration attemptTimeout) {
    this.delegate = delegate;
    this.attemptTimeoutNanos = attemptTimeout.toNanos();
  }

  @Override
  public Response execute(Request request, Request.Options options) throws IOException {
    long deadline = System.nanoTime() + AttemptDeadline.remainingNanos(attemptTimeoutNanos);
    long left = deadline - System.nanoTime();
    if (left <= 0) {
      throw new HttpTimeoutException("no time left for the attempt");
    }
    long read = options.readTimeoutUnit().toNanos(options.readTimeout());
    Request.Options bounded =
        new Request.Options(
            // As given: Http2Client builds a new HttpClient when the connect timeout differs.
            options.connectTimeout(),
            options.connectTimeoutUnit(),
            // At least 1 ms: the JDK refuses a zero request timeout.
            Math.max(MIN_REQUEST_TIMEOUT_NANOS, Math.min(read, left)),
            TimeUnit.NANOSECONDS,
            options.isFollowRedirects());
    Response response = delegate.execute(request, bounded);
    AnswerStatus.received(response.status());
    if (response.body() == null) {
      return response;
    }
    return response.toBuilder().body(readBody(response, deadline)).build();
  }

  private static byte[] readBody(Response response, long deadline) throws IOException {
    Integer length = response.body().length();
    AtomicBoolean timedOut = new AtomicBoolean();
    InputStream in = response.body().asInputStream();
    ScheduledFuture<?> watchdog =
        Watchdog.TIMER.schedule(
            () -> {
              timedOut.set(true);
              closeQuietly(in);
            },
            deadline - System.nanoTime(),
            TimeUnit.NANOSECONDS);
    try (in) {
      byte[] body;
      if (length != null && length >= 0 && length <= MAX_BODY_BYTES) {
        // Exactly the announced bytes, then the end of the stream: no 8 KiB buffer per call.
        body = in.readNBytes(length);
        in.read();
      } else {
        body = in.readNBytes(MAX_BODY_BYTES);
      }
      if (timedOut.get()) {
        // Closing the stream may end the read as if the body were complete: it was cut.
        throw deadlinePassed(null);
      }
      return body;
    } catch (HttpTimeoutException e) {
      throw e;
    } catch (IOException e) {
      if (timedOut.get()) {
        throw deadlinePassed(e);
      }
      // The status is the answer; a body that breaks off reads as empty, as errors' bodies do.
      return new byte[0];
    } finally {
      watchdog.cancel(false);
    }
  }

  private static HttpTimeoutException deadlinePassed(IOException cause) {
    HttpTimeoutException timeout =
        new HttpTimeoutException("the answer's body did not arrive within the attempt timeout");
    if (cause != null) {
      timeout.initCause(cause);
    }
    return timeout;
  }

  private static void closeQuietly(InputStream in) {
    try {
      in.close();
    } catch (IOException | RuntimeException e) {
      // Closing is how the reader is woken; a failure to close leaves it to the server.
    }
  }

  /** One daemon thread for every client's watchdogs; each only closes a stream. */
  private static final class Watchdog {

    static final ScheduledExecutorService TIMER = newTimer();

    private static ScheduledExecutorService newTimer() {
      ScheduledThreadPoolExecutor timer =
          new ScheduledThreadPoolExecutor(
              1,
              task -> {
                Thread thread = new Thread(task, "classpass-client-deadline");
                thread.setDaemon(true);
                return thread;
              });
      timer.setRemoveOnCancelPolicy(true);
      return timer;
    }
  }
}
