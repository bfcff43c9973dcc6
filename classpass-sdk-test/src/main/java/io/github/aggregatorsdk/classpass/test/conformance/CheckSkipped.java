package io.github.aggregatorsdk.classpass.test.conformance;

/** Ends a check as skipped, saying why. */
final class CheckSkipped extends RuntimeException {

  private static final long serialVersionUID = 1L;

  CheckSkipped(String reason) {
    super(reason, null, false, false);
  }
}
