package io.github.aggregatorsdk.classpass.spring;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Explains a missing or wrong {@code classpass.*} property, naming it, never its value. */
final class ClassPassFailureAnalyzer extends AbstractFailureAnalyzer<ClassPassConfigurationException> {

  @Override
  protected FailureAnalysis analyze(Throwable rootFailure, ClassPassConfigurationException cause) {
    return new FailureAnalysis(
        "The ClassPass integration cannot start: " + cause.getMessage() + ".",
        cause.action(),
        cause);
  }
}
