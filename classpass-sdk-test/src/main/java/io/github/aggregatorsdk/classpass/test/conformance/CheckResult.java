package io.github.aggregatorsdk.classpass.test.conformance;

import java.util.Objects;

/**
 * One check of a conformance run.
 *
 * @param id the check's id, for example {@code AUTH-1}; never null
 * @param description one line saying what is checked; never null
 * @param status passed, failed or skipped; never null
 * @param expected on failure, what the contract asks for; on a skip, why it was skipped; empty
 *     otherwise; never null
 * @param actual on failure, what came back; empty otherwise; never null
 */
public record CheckResult(
    String id, String description, CheckStatus status, String expected, String actual) {

  /** Checks the components. */
  public CheckResult {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(status, "status");
    expected = expected == null ? "" : expected;
    actual = actual == null ? "" : actual;
  }

  /**
   * The report's lines for this check: {@code PASSED  AUTH-1  description}, then for a failure
   * the expected and actual lines, for a skip the reason.
   *
   * @return the text, without a trailing line break; never null
   */
  public String render() {
    StringBuilder line = new StringBuilder()
        .append(String.format("%-7s %-8s %s", status, id, description));
    if (status == CheckStatus.FAILED) {
      line.append("\n        expected: ").append(expected)
          .append("\n        actual:   ").append(actual);
    } else if (status == CheckStatus.SKIPPED) {
      line.append("\n        skipped:  ").append(expected);
    }
    return line.toString();
  }
}
