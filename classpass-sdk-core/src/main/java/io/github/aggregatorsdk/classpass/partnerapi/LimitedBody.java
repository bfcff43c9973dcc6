package io.github.aggregatorsdk.classpass.partnerapi;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;

/**
 * The request body as the handler reads it: within the exchange's time limit, which starts at the
 * first read. A read past the limit fails and marks the exchange cut off. Closing it does not close
 * the JDK's stream, whose {@code close()} would wait for the rest of an unread body.
 */
final class LimitedBody extends FilterInputStream {

  private final ExchangeContext context;
  private long deadline;
  private boolean started;
  private boolean atEnd;
  private boolean cutOff;

  LimitedBody(InputStream body, ExchangeContext context) {
    super(body);
    this.context = context;
  }

  /** Whether a read ran past the time limit; the connection is then closed without an answer. */
  boolean cutOff() {
    return cutOff;
  }

  /** Whether the body was read to its end. */
  boolean atEnd() {
    return atEnd;
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    int read = read(one, 0, 1);
    return read == -1 ? -1 : one[0] & 0xFF;
  }

  @Override
  public int read(byte[] buffer, int offset, int length) throws IOException {
    if (cutOff) {
      throw timedOut();
    }
    if (!started) {
      started = true;
      deadline = context.bodyDeadlineFromNow();
    }
    Watchdog.Deadline limit = context.limitBody(deadline);
    int read;
    try {
      read = in.read(buffer, offset, length);
    } catch (IOException e) {
      if (limit.disarm()) {
        cutOff = true;
        throw timedOut();
      }
      throw e;
    }
    if (limit.disarm()) {
      cutOff = true;
      throw timedOut();
    }
    if (read == -1) {
      atEnd = true;
    }
    return read;
  }

  /**
   * After an answer was sent with the body left unread: reads and drops what still arrives, at
   * most {@code maxBytes} and {@code maxWaitNanos} long, so that the client reads the answer
   * before the connection closes (closing a socket with unread data resets it, and a reset can
   * destroy an answer the client has not read yet). Never throws; does nothing without time
   * limits (a host's own server), where a read could block for good.
   */
  void linger(long maxBytes, long maxWaitNanos) {
    if (cutOff || atEnd) {
      return;
    }
    long until = System.nanoTime() + maxWaitNanos;
    Watchdog.Deadline limit = context.limitBody(started && deadline - until < 0 ? deadline : until);
    if (limit == Watchdog.Deadline.NONE) {
      return;
    }
    try {
      byte[] buffer = new byte[8192];
      long total = 0;
      int read;
      while (total < maxBytes && (read = in.read(buffer)) != -1) {
        total += read;
      }
    } catch (IOException e) {
      // The connection is being closed anyway.
    } finally {
      limit.disarm();
    }
  }

  @Override
  public long skip(long count) throws IOException {
    byte[] buffer = new byte[(int) Math.min(8192, Math.max(count, 1))];
    long skipped = 0;
    while (skipped < count) {
      int read = read(buffer, 0, (int) Math.min(buffer.length, count - skipped));
      if (read == -1) {
        break;
      }
      skipped += read;
    }
    return skipped;
  }

  @Override
  public boolean markSupported() {
    return false;
  }

  @Override
  public void close() {
    // Deliberately leaves the JDK's stream open: see the class comment.
  }

  private static InterruptedIOException timedOut() {
    return new InterruptedIOException("the request body did not arrive within the time limit");
  }
}
