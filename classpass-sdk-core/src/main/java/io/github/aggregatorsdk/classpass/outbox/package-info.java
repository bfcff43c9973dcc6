/**
 * The durable store of pending updates to ClassPass and the dispatcher that delivers it: {@link
 * io.github.aggregatorsdk.classpass.outbox.OutboxStore} is an {@link
 * io.github.aggregatorsdk.classpass.outbox.InMemoryOutboxStore} for tests and hosts without a
 * database, or a {@link io.github.aggregatorsdk.classpass.outbox.JdbcOutboxStore} on a plain
 * {@code javax.sql.DataSource} that survives restarts and is safe when several app instances share
 * the database (its DDL, {@code outbox-h2.sql} and {@code outbox-postgresql.sql}, ships next to it);
 * {@link io.github.aggregatorsdk.classpass.outbox.OutboxDispatcher} delivers the queue with the
 * delivery policy and keeps dead letters.
 */
package io.github.aggregatorsdk.classpass.outbox;
