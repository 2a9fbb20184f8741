package org.hallway.realtime.control;

/**
 * Who sent a message or subscribes: the account behind one socket of one event.
 *
 * @param socketId  this socket's id, unique on this node (one browser tab)
 * @param organiser the account organises events (may enter every channel of the event)
 */
public record Caller(long accountId, long eventId, String socketId, boolean organiser) {}
