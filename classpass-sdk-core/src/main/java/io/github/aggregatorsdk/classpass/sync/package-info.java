/**
 * Schedule mapping, full and incremental sync, and the durable outbox and dispatcher that deliver
 * outbound updates to ClassPass.
 *
 * <p>The outbox is {@link io.github.aggregatorsdk.classpass.sync.OutboxStore}: an
 * {@link io.github.aggregatorsdk.classpass.sync.InMemoryOutboxStore} for tests and hosts without a
 * database, and a {@link io.github.aggregatorsdk.classpass.sync.JdbcOutboxStore} on a plain
 * {@code javax.sql.DataSource} that survives restarts and is safe when several app instances
 * share the database.
 *
 * <p>{@link io.github.aggregatorsdk.classpass.sync.ScheduleSync} queues what changed (and is the
 * booking services' listener), {@link io.github.aggregatorsdk.classpass.sync.OutboxDispatcher}
 * delivers the queue, {@link io.github.aggregatorsdk.classpass.sync.FullResync} pushes whole
 * schedules and registers partners and venues; {@link
 * io.github.aggregatorsdk.classpass.sync.ClassPassSync} wires the three for plain-Java hosts.
 */
package io.github.aggregatorsdk.classpass.sync;
