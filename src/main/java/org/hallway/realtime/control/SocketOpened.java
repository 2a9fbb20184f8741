package org.hallway.realtime.control;

/** A socket of the event's realtime layer opened on this node (CDI event, fired by the layer). */
public record SocketOpened(Caller caller) {}
