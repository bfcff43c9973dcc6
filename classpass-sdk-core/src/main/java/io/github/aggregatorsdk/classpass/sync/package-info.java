/**
 * Keeping ClassPass up to date: {@link io.github.aggregatorsdk.classpass.sync.ScheduleSync} queues
 * what changed in the outbox (and is the booking services' listener), {@link
 * io.github.aggregatorsdk.classpass.sync.FullResync} pushes whole schedules and registers partners
 * and venues, and {@link io.github.aggregatorsdk.classpass.sync.PeriodicResync} runs it on a timer
 * across a cluster. {@link io.github.aggregatorsdk.classpass.ClassPassIntegration} wires them with
 * the outbox's dispatcher.
 */
package io.github.aggregatorsdk.classpass.sync;
