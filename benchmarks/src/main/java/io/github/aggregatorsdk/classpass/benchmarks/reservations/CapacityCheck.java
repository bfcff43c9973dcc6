package io.github.aggregatorsdk.classpass.benchmarks.reservations;

import io.github.aggregatorsdk.classpass.benchmarks.reservations.PartnerApiCalls.ClassSlots;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Whether a load run overbooked a class, judged from what the partner API said before and after
 * the run and what it answered during it. Per class:
 *
 * <ol>
 *   <li>the run got no more confirmations than the class had spots for ClassPass before it
 *       ({@code available_spots}) — the overbooking check proper;
 *   <li>the class's attendance lists exactly the run's confirmed reservations as ENROLLED: none
 *       lost, none written for a refused request;
 *   <li>{@code available_spots} went down by exactly the confirmations.
 * </ol>
 *
 * It assumes nothing else books or cancels in these classes during the run.
 */
final class CapacityCheck {

  private CapacityCheck() {}

  /**
   * @param before the classes as listed before the run, by id
   * @param after the same classes as listed after it, by id
   * @param booked confirmations the run received, by class id
   * @param enrolled the run's reservations the attendance lists as ENROLLED, by class id
   * @return one line per broken rule; empty when no class was overbooked
   */
  static List<String> violations(Map<String, ClassSlots> before, Map<String, ClassSlots> after,
      Map<String, Long> booked, Map<String, Long> enrolled) {
    List<String> violations = new ArrayList<>();
    for (ClassSlots was : before.values()) {
      String id = was.id();
      long confirmed = booked.getOrDefault(id, 0L);
      long listed = enrolled.getOrDefault(id, 0L);
      if (confirmed > was.availableSpots()) {
        violations.add("class " + id + " overbooked: " + confirmed + " reservations confirmed,"
            + " but only " + was.availableSpots() + " spots were available");
      }
      if (listed != confirmed) {
        violations.add("class " + id + ": " + confirmed + " reservations confirmed, but the"
            + " attendance lists " + listed + " of them as enrolled");
      }
      ClassSlots now = after.get(id);
      if (now == null) {
        violations.add("class " + id + " is no longer listed");
      } else if (now.availableSpots() != was.availableSpots() - confirmed) {
        violations.add("class " + id + ": " + was.availableSpots() + " spots available before, "
            + confirmed + " confirmed, but " + now.availableSpots() + " available after");
      }
    }
    return violations;
  }
}
