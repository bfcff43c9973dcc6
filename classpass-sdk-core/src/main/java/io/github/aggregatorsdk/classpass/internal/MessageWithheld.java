package io.github.aggregatorsdk.classpass.internal;

/**
 * A copy of an exception that keeps its class names and stack frames but withholds every message,
 * for logging: an exception from host code may quote a customer's e-mail or name in its message,
 * and no log level of the SDK may carry personal data. Frames and class names are code, not data.
 * Internal: not part of the SDK's API.
 */
public final class MessageWithheld extends RuntimeException {

  private static final long serialVersionUID = 1L;
  private static final int MAX_CAUSES = 8;

  private final String originalClass;

  private MessageWithheld(Throwable original, int depth) {
    super(
        original.getClass().getName() + " (message withheld: it may hold personal data)",
        copyOfCause(original, depth),
        false,
        true);
    this.originalClass = original.getClass().getName();
    setStackTrace(original.getStackTrace());
  }

  private static MessageWithheld copyOfCause(Throwable original, int depth) {
    Throwable cause = original.getCause();
    return cause == null || cause == original || depth >= MAX_CAUSES
        ? null
        : new MessageWithheld(cause, depth + 1);
  }

  /** The message-free copy of {@code original} and its causes. */
  public static MessageWithheld of(Throwable original) {
    return new MessageWithheld(original, 0);
  }

  /** Printed by {@link #printStackTrace()} for this exception and each "Caused by". */
  @Override
  public String toString() {
    return originalClass + " (message withheld)";
  }
}
