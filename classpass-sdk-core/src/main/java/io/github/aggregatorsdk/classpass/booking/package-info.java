/**
 * The booking mapping: ClassPass availability, reservations, cancellations and reservation
 * statuses, decided by the contract's rules over the host SPI; start at {@link
 * io.github.aggregatorsdk.classpass.booking.BookingServices}.
 */
package io.github.aggregatorsdk.classpass.booking;
