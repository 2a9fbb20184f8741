/**
 * Networking sessions: attendees say "I'm Ready", are paired at random 1:1 (honouring the
 * ticket-type matrix, the re-match cooldown and blocks) into timed meetings whose clocks the
 * server owns; they can extend a meeting, request a connection, leave, block or report, and
 * list their matches afterwards. The matching state ({@code control.NetworkingFloor}) is kept
 * apart from sockets, which belong to the {@code signalling} feature.
 */
package org.hallway.networking;
