package io.github.aggregatorsdk.classpass.test.conformance;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The results of a conformance run, in the order the checks ran.
 *
 * @param baseUrl the partner API that was checked; never null
 * @param results every check; never null
 */
public record ConformanceReport(String baseUrl, List<CheckResult> results) {

  /** Copies the results. */
  public ConformanceReport {
    Objects.requireNonNull(baseUrl, "baseUrl");
    results = List.copyOf(results);
  }

  /**
   * Whether no check failed (skipped checks do not fail a run).
   *
   * @return true when nothing failed
   */
  public boolean passed() {
    return failures().isEmpty();
  }

  /**
   * The failed checks.
   *
   * @return a list; never null
   */
  public List<CheckResult> failures() {
    return results.stream().filter(r -> r.status() == CheckStatus.FAILED).toList();
  }

  /**
   * One check's result.
   *
   * @param id the check's id, for example {@code RES-6}; never null
   * @return the result, or empty when no such check ran
   */
  public Optional<CheckResult> result(String id) {
    return results.stream().filter(r -> r.id().equals(id)).findFirst();
  }

  /**
   * Throws when a check failed, listing every failure with what was expected and what came back.
   *
   * @throws AssertionError when a check failed
   */
  public void assertPassed() {
    if (!passed()) {
      throw new AssertionError(failures().size() + " of " + results.size()
          + " ClassPass conformance checks failed against " + baseUrl + ":\n"
          + failures().stream().map(CheckResult::render).collect(Collectors.joining("\n")));
    }
  }

  /**
   * The report as text: one line per check, failures with expected and actual, then a summary.
   *
   * @return the text; never null
   */
  public String render() {
    long passed = count(CheckStatus.PASSED);
    long skipped = count(CheckStatus.SKIPPED);
    return "ClassPass conformance of " + baseUrl + "\n"
        + results.stream().map(CheckResult::render).collect(Collectors.joining("\n"))
        + "\n" + passed + " passed, " + failures().size() + " failed, " + skipped + " skipped\n";
  }

  private long count(CheckStatus status) {
    return results.stream().filter(r -> r.status() == status).count();
  }
}
