package io.github.aggregatorsdk.classpass.partnerapi;

/**
 * A copy of an exception thrown by host code that keeps its class names and stack frames but
 * withholds every message, for logging: a host's message may quote a customer's e-mail or name, and
 * no log level of the SDK may carry personal data. Frames and class names are code, not data.
 */
final class HostFailure extends RuntimeException {

  private static final long serialVersionUID = 1L;
  private static final int MAX_CAUSES = 8;

  private final String originalClass;

  private HostFailure(Throwable original, int depth) {
    super(
        original.getClass().getName() + " (message withheld: it may hold personal data)",
        copyOfCause(original, depth),
        false,
        true);
    this.originalClass = original.getClass().getName();
    setStackTrace(original.getStackTrace());
  }

  private static HostFailure copyOfCause(Throwable original, int depth) {
    Throwable cause = original.getCause();
    return cause == null || cause == original || depth >= MAX_CAUSES
        ? null
        : new HostFailure(cause, depth + 1);
  }

  /** The message-free copy of {@code original} and its causes. */
  static HostFailure of(Throwable original) {
    return new HostFailure(original, 0);
  }

  /** Printed by {@link #printStackTrace()} for this exception and each "Caused by". */
  @Override
  public String toString() {
    return originalClass + " (message withheld)";
  }
}
