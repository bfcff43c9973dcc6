/**
 * The outbox keys of registrations and schedules, shared by {@code sync}, which writes them, and
 * {@code ops}, which reads what is pending under them. Not part of the SDK's API, left out of its
 * Javadoc, and never used from another artifact (an architecture test keeps it so).
 */
package io.github.aggregatorsdk.classpass.sync.internal;
