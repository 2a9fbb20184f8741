package org.hallway.networking.control;

/** The stored Networking Rules of a session changed; observed after the commit, so nobody runs rules never stored. */
public record NetworkingRulesChanged(long sessionId) {}
