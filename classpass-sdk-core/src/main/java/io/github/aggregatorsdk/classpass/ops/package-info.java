/**
 * Operations for staff and tools: the status of the integration per partner and venue, dead
 * letters, the pre-flight report, duplicates, manual linking, and registration and resync on
 * demand; start at {@link io.github.aggregatorsdk.classpass.ops.ClassPassOperations}.
 */
package io.github.aggregatorsdk.classpass.ops;
