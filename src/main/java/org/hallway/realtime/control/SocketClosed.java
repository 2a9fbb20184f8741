package org.hallway.realtime.control;

/** A socket of the event's realtime layer closed; its {@link ChannelLeft}s were fired before. */
public record SocketClosed(Caller caller) {}
