/**
 * The interfaces a host implements to plug its own data into the SDK, and the host-neutral
 * records they pass; no ClassPass wire type appears here.
 *
 * <p>A host implements five interfaces: {@link io.github.aggregatorsdk.classpass.spi.CustomerRepository},
 * {@link io.github.aggregatorsdk.classpass.spi.ClassSessionRepository},
 * {@link io.github.aggregatorsdk.classpass.spi.BookingRepository},
 * {@link io.github.aggregatorsdk.classpass.spi.SessionTransactions} and
 * {@link io.github.aggregatorsdk.classpass.spi.PartnerDirectory}. Thread-safe in-memory
 * implementations live in {@code io.github.aggregatorsdk.classpass.spi.memory}.
 */
package io.github.aggregatorsdk.classpass.spi;
