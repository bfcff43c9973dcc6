/**
 * Benchmarks and load generators that measure the SDK's cost and scaling; see {@code
 * docs/performance.md} for what each measures and the figures.
 *
 * <p>Unlike the published artifacts (the starter, the test kit), which may use only the core's
 * API, the benchmarks are a white-box harness that is never published: they time some of the
 * core's internal hot paths directly ({@code mapping.internal.ScheduleMapper}, {@code
 * internal.PayloadJson}) so that a figure isolates one step.
 */
package io.github.aggregatorsdk.classpass.benchmarks;
