package org.hallway.realtime.control;

/** A socket subscribed to a channel (after its gate admitted it). */
public record ChannelJoined(Caller caller, Channel channel) {}
