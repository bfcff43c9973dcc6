package io.github.aggregatorsdk.classpass.partnerapi;

/**
 * How the exchange running on this thread is to be treated, and its time limits: set by {@link
 * ExchangeExecutor} around the JDK server's exchange task, read by {@link PartnerApiHttpHandler}.
 */
final class ExchangeContext {

  /** What the adapter does with the exchange. */
  enum Mode {
    /** Answer it with the partner API. */
    SERVE,
    /** Every worker is busy: answer 503 without looking at the request, then close. */
    REFUSE,
    /** Not even the refusal path has room: close the connection without answering. */
    ABORT
  }

  /** An exchange served by a JDK server the SDK did not set up: no time limits. */
  static final ExchangeContext UNLIMITED = new ExchangeContext(Mode.SERVE, null, null, 0, 0);

  private final Mode mode;
  private final Watchdog watchdog;
  private final Watchdog.Deadline headers;
  private final long bodyNanos;
  private final long responseNanos;

  ExchangeContext(
      Mode mode,
      Watchdog watchdog,
      Watchdog.Deadline headers,
      long bodyNanos,
      long responseNanos) {
    this.mode = mode;
    this.watchdog = watchdog;
    this.headers = headers == null ? Watchdog.Deadline.NONE : headers;
    this.bodyNanos = bodyNanos;
    this.responseNanos = responseNanos;
  }

  Mode mode() {
    return mode;
  }

  /**
   * Ends the time limit on the request line and headers, which the JDK server has just read.
   *
   * @return false when the limit passed first (the connection may already be closed)
   */
  boolean headersArrived() {
    return !headers.disarm();
  }

  /** A deadline for reading the body that starts now, as nanoTime; 0 when unlimited. */
  long bodyDeadlineFromNow() {
    return watchdog == null ? 0 : System.nanoTime() + bodyNanos;
  }

  /** Arms a deadline for reading the body, from {@link #bodyDeadlineFromNow()}. */
  Watchdog.Deadline limitBody(long deadlineNanos) {
    return watchdog == null ? Watchdog.Deadline.NONE : watchdog.arm(deadlineNanos);
  }

  /** Arms the time limit on writing the answer. */
  Watchdog.Deadline limitResponse() {
    return watchdog == null
        ? Watchdog.Deadline.NONE
        : watchdog.arm(System.nanoTime() + responseNanos);
  }
}
