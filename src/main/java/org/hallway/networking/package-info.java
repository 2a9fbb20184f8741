/**
 * Networking sessions: attendees say "I'm Ready", are paired at random 1:1 (honouring the
 * ticket-type matrix, the re-match cooldown and blocks) into timed meetings whose clocks the
 * server owns; they can extend a meeting, request a connection, leave, block or report, and
 * list their matches afterwards. Each session's matching state ({@code control.SessionFloor}, in
 * the registry {@code control.NetworkingSessions}) has one writer, its {@code SessionLane}; the
 * database follows through the {@code NetworkingJournal}. Sockets belong to the {@code signalling}
 * feature.
 */
package org.hallway.networking;
