package io.github.aggregatorsdk.classpass.spring;

import io.github.aggregatorsdk.classpass.client.ClassPassApiException;
import io.github.aggregatorsdk.classpass.client.ClassPassException;
import io.github.aggregatorsdk.classpass.client.FailureClass;

/**
 * A failed ClassPass call as an observation records it: the exception's class, its {@link
 * FailureClass} and status, never its message or cause, since ClassPass's error text may quote what
 * was sent (a schedule's teacher, say) and tracing exports what it is given.
 */
final class WithheldFailure extends RuntimeException {

  private static final long serialVersionUID = 1L;

  WithheldFailure(ClassPassException failure) {
    super(describe(failure), null, false, false);
  }

  private static String describe(ClassPassException failure) {
    String status = failure instanceof ClassPassApiException api
        ? ", HTTP " + api.statusCode() : "";
    return failure.getClass().getSimpleName() + " (" + FailureClass.of(failure) + status
        + "; message withheld)";
  }
}
