package io.github.aggregatorsdk.classpass.client;

/**
 * Carries the HTTP status of the last answer from {@link DrainingClient}, which sees it, back to
 * {@link DefaultClassPassClient}, whose Feign methods return nothing: the status a {@link
 * ClassPassCallObserver} is told on success. Feign runs the request on the calling thread, as
 * {@link AttemptDeadline} relies on too.
 */
final class AnswerStatus {

  private static final ThreadLocal<int[]> CURRENT = new ThreadLocal<>();

  private AnswerStatus() {}

  /**
   * Runs {@code call} on this thread and returns the status of the last answer it received, 0 when
   * none came.
   */
  static int of(Runnable call) {
    int[] outer = CURRENT.get();
    int[] status = new int[1];
    CURRENT.set(status);
    try {
      call.run();
      return status[0];
    } finally {
      if (outer == null) {
        CURRENT.remove();
      } else {
        CURRENT.set(outer);
      }
    }
  }

  /** Records an answer's status for the call running on this thread, if any. */
  static void received(int status) {
    int[] current = CURRENT.get();
    if (current != null) {
      current[0] = status;
    }
  }
}
