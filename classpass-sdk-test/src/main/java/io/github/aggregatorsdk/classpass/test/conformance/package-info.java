/**
 * The conformance runner: {@link
 * io.github.aggregatorsdk.classpass.test.conformance.ClassPassConformance} plays ClassPass against
 * a host's partner API and reports each check of the contract as passed, failed or skipped.
 */
package io.github.aggregatorsdk.classpass.test.conformance;
