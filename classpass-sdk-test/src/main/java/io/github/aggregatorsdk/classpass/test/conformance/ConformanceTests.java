package io.github.aggregatorsdk.classpass.test.conformance;

import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;

/**
 * A conformance report as JUnit 5 dynamic tests, one per check, named by id and description:
 * failed checks fail, skipped ones are aborted with their reason. Needs {@code
 * junit-jupiter-api} on the test class path.
 *
 * <pre>{@code
 * @TestFactory
 * Stream<DynamicTest> classPassConformance() {
 *   return ConformanceTests.of(ClassPassConformance.forHost(baseUrl, token, host).run());
 * }
 * }</pre>
 */
public final class ConformanceTests {

  private ConformanceTests() {}

  /**
   * One dynamic test per check of the report.
   *
   * @param report a finished run; never null
   * @return the tests, in the order the checks ran; never null
   */
  public static Stream<DynamicTest> of(ConformanceReport report) {
    Objects.requireNonNull(report, "report");
    return report.results().stream().map(result -> DynamicTest.dynamicTest(
        result.id() + " " + result.description(), () -> {
          Assumptions.assumeTrue(result.status() != CheckStatus.SKIPPED, result.expected());
          if (result.status() == CheckStatus.FAILED) {
            throw new AssertionError(result.render());
          }
        }));
  }
}
