package io.github.aggregatorsdk.classpass.model;

/**
 * What an {@link UpdateEvent} carries: a full {@link Schedule} or a {@link ReservationUpdate}.
 * Sealed so that every payload has exactly one {@link UpdateType}.
 */
public sealed interface UpdatePayload permits Schedule, ReservationUpdate {}
