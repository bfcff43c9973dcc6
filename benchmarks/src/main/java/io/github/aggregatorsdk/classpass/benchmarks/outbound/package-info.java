/** Outbound benchmarks: propagation (P5), backlog drain and scale-out (P6). */
package io.github.aggregatorsdk.classpass.benchmarks.outbound;
