/**
 * A small studio-management app that sells its classes on ClassPass through the SDK: its own domain
 * (customers, schedule, bookings, studio) and the adapters that hand it to the SDK.
 */
package io.github.aggregatorsdk.classpass.example.studio;
