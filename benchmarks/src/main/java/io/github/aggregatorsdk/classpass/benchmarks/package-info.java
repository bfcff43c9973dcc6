/**
 * Benchmarks and load generators that measure the SDK's cost and scaling; see {@code
 * docs/performance.md} for what each measures and the figures.
 */
package io.github.aggregatorsdk.classpass.benchmarks;
