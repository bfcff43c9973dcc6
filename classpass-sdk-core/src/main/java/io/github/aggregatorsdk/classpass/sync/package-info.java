/**
 * Schedule mapping, full and incremental sync, and the durable outbox and dispatcher that deliver
 * outbound updates to ClassPass.
 */
package io.github.aggregatorsdk.classpass.sync;
