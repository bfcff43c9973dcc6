/**
 * Keeping ClassPass up to date: {@link io.github.aggregatorsdk.classpass.sync.ScheduleSync} queues
 * what changed in the outbox (and is the booking services' listener), {@link
 * io.github.aggregatorsdk.classpass.sync.FullResync} pushes whole schedules and registers partners
 * and venues, {@link io.github.aggregatorsdk.classpass.sync.PeriodicResync} runs it on a timer
 * across a cluster, and {@link io.github.aggregatorsdk.classpass.sync.ClassPassSync} wires them
 * with the outbox's dispatcher for plain-Java hosts.
 */
package io.github.aggregatorsdk.classpass.sync;
