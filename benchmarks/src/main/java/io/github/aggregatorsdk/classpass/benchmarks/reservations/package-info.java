/**
 * P3: a load generator that makes reservations through the partner API over HTTP, as ClassPass
 * does, and checks afterwards that no class was overbooked; start at {@link
 * io.github.aggregatorsdk.classpass.benchmarks.reservations.ReservationLoad}.
 */
package io.github.aggregatorsdk.classpass.benchmarks.reservations;
