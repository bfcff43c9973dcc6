package io.github.aggregatorsdk.classpass.test.conformance;

/** The result of one conformance check. */
public enum CheckStatus {
  /** The host answered as the contract says. */
  PASSED,
  /** The host answered otherwise; the result says what was expected and what came back. */
  FAILED,
  /** Not run; the result says why (for example, no {@link ConformanceHost} was given). */
  SKIPPED
}
