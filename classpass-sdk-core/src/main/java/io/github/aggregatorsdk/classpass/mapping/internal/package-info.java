/**
 * The mappers from host records to wire records (schedules with their availability, partners,
 * venues). Public only so that {@code sync}, {@code partnerapi} and {@code ops} can use them: not
 * part of the SDK's API, left out of its Javadoc, and never used from another artifact (an
 * architecture test keeps it so).
 */
package io.github.aggregatorsdk.classpass.mapping.internal;
