package org.hallway.agenda.control;

/**
 * Fired (CDI event, inside the transaction) when a seat of a session with a capacity was taken or
 * given back; {@code full} says whether every seat is taken now. Observed after commit so agendas
 * show "Full" instead of Join (and Join again) without a reload.
 */
public record SeatsChanged(long sessionId, long eventId, boolean full) {}
