/**
 * The networking engine: the matcher ({@code Matchmaker}, {@code MatchingPolicy},
 * {@code MeetingHistory}), the per-session floor ({@code SessionFloor}: ready pool and running
 * meetings, serialised per session), the meeting state machine ({@code LiveMeeting}) and the
 * facade {@code Networking} that checks who may network and publishes {@code Notice}s and
 * {@code Deadline}s as CDI events. Nothing here holds a socket.
 */
package org.hallway.networking.control;
