package org.hallway.platform;

/**
 * The server clock jumped forward (only a test deployment's settable clock does that): whoever
 * keeps deadlines fires the ones now due, as if the time had passed.
 */
public record ClockMoved(long nowMillis) {}
