package org.hallway.realtime.control;

/** A socket stopped following a channel: it unsubscribed, or it closed (one event per channel). */
public record ChannelLeft(Caller caller, Channel channel) {}
