package io.github.aggregatorsdk.classpass.mapping;

import java.util.List;

/**
 * Told about every class session that cannot be published to ClassPass and why, so that staff
 * can see why a class is missing there instead of guessing. Nothing is pushed for such a session.
 */
@FunctionalInterface
public interface PublishProblemListener {

  /**
   * A listener that ignores every report; the sync layer still logs them at INFO.
   *
   * @return the listener; never null
   */
  static PublishProblemListener none() {
    return (sessionId, reasons) -> {};
  }

  /**
   * Called when a change or a resync finds a session that cannot be published, on the thread
   * that reported the change or runs the resync.
   *
   * <p>Implementations MUST be thread-safe and SHOULD return quickly. An exception they throw is
   * logged and swallowed.
   *
   * @param sessionId the host's id of the session; never null
   * @param reasons why, as {@link PreflightCheck#problems} words them, without personal data;
   *     never null or empty
   */
  void unpublishable(String sessionId, List<String> reasons);
}
