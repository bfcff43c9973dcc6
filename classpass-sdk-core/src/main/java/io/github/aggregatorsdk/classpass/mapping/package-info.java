/**
 * Host records to ClassPass wire records: the pre-flight check that says why a session cannot be
 * published ({@link io.github.aggregatorsdk.classpass.mapping.PreflightCheck}) and the listener
 * told about such sessions. The mappers themselves (schedules, partners, venues) are in {@code
 * mapping.internal}: the sync and the partner API use them, a host never does.
 */
package io.github.aggregatorsdk.classpass.mapping;
