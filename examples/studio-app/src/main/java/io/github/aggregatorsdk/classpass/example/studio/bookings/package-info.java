/** Bookings: the sign-in list of each class, from every channel (front desk, online, ClassPass). */
package io.github.aggregatorsdk.classpass.example.studio.bookings;
