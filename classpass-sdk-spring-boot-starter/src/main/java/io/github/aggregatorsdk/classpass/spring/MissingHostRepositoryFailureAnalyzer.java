package io.github.aggregatorsdk.classpass.spring;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Names every repository interface the host still has to implement. */
final class MissingHostRepositoryFailureAnalyzer
    extends AbstractFailureAnalyzer<MissingHostRepositoryException> {

  @Override
  protected FailureAnalysis analyze(Throwable rootFailure, MissingHostRepositoryException cause) {
    StringBuilder description =
        new StringBuilder("The ClassPass integration needs the host's data, but these interfaces")
            .append(" have no bean (or more than one):\n");
    cause.missing().forEach(type -> description.append("    - ").append(type.getName()).append('\n'));
    return new FailureAnalysis(
        description.toString(),
        "Implement each interface listed above as a single Spring bean (for example a @Component"
            + " over your JPA repositories). The in-memory implementations in"
            + " io.github.aggregatorsdk.classpass.spi.memory serve for quick starts and tests.",
        cause);
  }
}
