package io.github.aggregatorsdk.classpass.booking;

import java.util.Objects;

/**
 * ClassPass and the studio disagreed on whether a cancellation is late: ClassPass applies its own
 * policy and sends its view ({@code is_late_cancel}), the studio's policy (the class's late-cancel
 * window) decided the answer. Studios report late cancels mislabelled when the two differ, so the
 * SDK surfaces it: to {@link BookingOutcomeListener#lateCancelDisagreement}, as a metric in the
 * starter, and in a log line without personal data.
 *
 * @param reservationId ClassPass's reservation id; never null
 * @param scheduleId the class session's id; never null
 * @param classPassSaysLate ClassPass's view
 * @param studioSaysLate the studio's decision, which was answered
 */
public record LateCancelDisagreement(
    String reservationId, String scheduleId, boolean classPassSaysLate, boolean studioSaysLate) {

  /**
   * Checks the components.
   *
   * @throws NullPointerException when an id is null
   */
  public LateCancelDisagreement {
    Objects.requireNonNull(reservationId, "reservationId");
    Objects.requireNonNull(scheduleId, "scheduleId");
  }
}
